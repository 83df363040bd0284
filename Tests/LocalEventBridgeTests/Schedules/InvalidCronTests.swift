import Testing
import LocalEventBridge

@Suite("Invalid cron expressions")
struct InvalidCronTests {
    @Test(arguments: [
        ("cron(0 12 * * *)", "cron needs 6 fields (Minutes Hours Day-of-month Month Day-of-week Year), found 5"),
        ("cron(0 12 * * ? * *)", "cron needs 6 fields (Minutes Hours Day-of-month Month Day-of-week Year), found 7"),
        ("cron(0 12 * * * *)", "one of Day-of-month and Day-of-week must be ?, as in cron(0 12 * * ? *)"),
        ("cron(0 12 1 * MON *)", "one of Day-of-month and Day-of-week must be ?, as in cron(0 12 * * ? *)"),
        ("cron(0 12 ? * ? *)", "only one of Day-of-month and Day-of-week may be ?"),
        ("cron(60 * * * ? *)", "Minutes 60 is outside 0-59"),
        ("cron(0 24 * * ? *)", "Hours 24 is outside 0-23"),
        ("cron(0 0 32 * ? *)", "Day-of-month 32 is outside 1-31"),
        ("cron(0 0 0 * ? *)", "Day-of-month 0 is outside 1-31"),
        ("cron(0 0 ? 13 MON *)", "Month 13 is outside 1-12"),
        ("cron(0 0 ? * 8 *)", "Day-of-week 8 is outside 1-7"),
        ("cron(0 0 ? * 0 *)", "Day-of-week 0 is outside 1-7"),
        ("cron(0 0 ? * FUN *)", "Day-of-week \"FUN\" is not a number or a name"),
        ("cron(0 0 1 JANUARY ? *)", "Month \"JANUARY\" is not a number or a name"),
        ("cron(0 0 1 * ? 1969)", "Year 1969 is outside 1970-2199"),
        ("cron(0 0 1 * ? 2200)", "Year 2200 is outside 1970-2199"),
        ("cron(0 0 ? * FRI-MON *)", "Day-of-week range \"FRI-MON\" runs backwards"),
        ("cron(0/0 * * * ? *)", "Minutes \"0/0\" needs a whole number greater than 0 after /"),
        ("cron(0/5/2 * * * ? *)", "Minutes \"0/5/2\" has more than one /"),
        ("cron(a * * * ? *)", "Minutes \"a\" is not a number"),
        ("cron(0,,5 * * * ? *)", "Minutes \"\" is not a number"),
        ("cron(0 0 ? * 2#6 *)", "Day-of-week \"2#6\" needs a number from 1 to 5 after #"),
        ("cron(0 0 ? * 9#1 *)", "Day-of-week 9 is outside 1-7"),
        ("cron(0 0 40W * ? *)", "Day-of-month 40 is outside 1-31"),
        ("cron(0 L * * ? *)", "Hours \"L\" is not a number"),
    ])
    func refused(text: String, reason: String) {
        #expect(throws: ScheduleExpressionError(expression: text, reason: reason)) {
            try ScheduleExpression(text)
        }
    }
}

/// `cron(Minutes Hours Day-of-month Month Day-of-week Year)`, EventBridge's six-field cron.
///
/// Fields take `*`, `,`, `-` and `/`; the day-of-month also `L` (last day), `15W` (nearest
/// weekday) and `LW`; the day-of-week also `L`, `5L` (last Thursday) and `3#2` (second Tuesday).
/// Months may be `JAN`-`DEC` and days of the week `SUN`-`SAT`, with 1 = Sunday. Exactly one of
/// the two day fields must be `?`.
public struct CronExpression: Sendable, Hashable {
    let minutes: CronField
    let hours: CronField
    let dayOfMonth: DayOfMonthRule
    let months: CronField
    let dayOfWeek: DayOfWeekRule
    let years: CronField

    static let monthNames = [
        "JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
        "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12,
    ]

    init(_ body: String, expression: String) throws(ScheduleExpressionError) {
        let fields = body.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 6 else {
            throw ScheduleExpressionError(
                expression: expression,
                reason: "cron needs 6 fields (Minutes Hours Day-of-month Month Day-of-week Year), found \(fields.count)"
            )
        }
        do {
            minutes = try CronField(fields[0], name: "Minutes", range: 0...59)
            hours = try CronField(fields[1], name: "Hours", range: 0...23)
            dayOfMonth = try DayOfMonthRule(fields[2])
            months = try CronField(fields[3], name: "Month", range: 1...12, names: Self.monthNames)
            dayOfWeek = try DayOfWeekRule(fields[4])
            years = try CronField(fields[5], name: "Year", range: 1970...2199)
        } catch {
            throw ScheduleExpressionError(expression: expression, reason: error.reason)
        }
        switch (dayOfMonth, dayOfWeek) {
        case (.unspecified, .unspecified):
            throw ScheduleExpressionError(
                expression: expression, reason: "only one of Day-of-month and Day-of-week may be ?"
            )
        case (.unspecified, _), (_, .unspecified):
            break
        default:
            throw ScheduleExpressionError(
                expression: expression,
                reason: "one of Day-of-month and Day-of-week must be ?, as in cron(0 12 * * ? *)"
            )
        }
    }
}

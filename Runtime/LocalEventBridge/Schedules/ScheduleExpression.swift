import Foundation

/// A schedule as a template writes it, such as `rate(5 minutes)`, `cron(0 12 ? * MON-FRI *)` or
/// `at(2026-11-21T10:00:00)`, able to say when it fires next.
///
/// Rates count from when the schedule is created: `rate(5 minutes)` created at 10:02:30 fires
/// at 10:07:30, 10:12:30 and so on. AWS gives no rule for the phase of a rule's rate, so the
/// emulator picks the one that makes the first fire exactly one interval after `lambda-local`
/// starts, which keeps a fresh start from firing every schedule at once.
public struct ScheduleExpression: Sendable, Hashable {
    /// The kinds of schedule.
    public enum Kind: Sendable, Hashable {
        /// A fixed interval, `rate(value unit)`.
        case rate(RateExpression)
        /// Calendar times, `cron(minutes hours day-of-month month day-of-week year)`.
        case cron(CronExpression)
        /// One moment, `at(yyyy-mm-ddThh:mm:ss)`, EventBridge Scheduler only.
        case oneTime(OneTimeSchedule)
    }

    /// The expression as written.
    public let text: String
    /// What the expression says.
    public let kind: Kind
    /// The zone cron fields and `at()` times are read in; UTC unless a `ScheduleV2` names one.
    public let timeZone: TimeZone
    /// When the schedule was created, from which rates count.
    public let createdAt: Date

    /// Parses an expression.
    /// - Parameters:
    ///   - text: The expression, such as `rate(1 hour)`.
    ///   - source: The service that runs it; only ``ScheduleSource/scheduler`` accepts `at()` and a time zone.
    ///   - timeZone: An IANA time zone name such as `Europe/Paris`; `nil` means UTC.
    ///   - createdAt: When the schedule was created, from which a rate counts.
    /// - Throws: ``ScheduleExpressionError`` naming what is wrong.
    public init(
        _ text: String,
        source: ScheduleSource = .rule,
        timeZone: String? = nil,
        createdAt: Date = Date()
    ) throws(ScheduleExpressionError) {
        let invalid = { (reason: String) in ScheduleExpressionError(expression: text, reason: reason) }
        self.text = text
        self.createdAt = createdAt
        if let timeZone {
            guard source == .scheduler else {
                throw invalid("a time zone is only supported by EventBridge Scheduler (ScheduleV2)")
            }
            guard let zone = TimeZone(identifier: timeZone) else {
                throw invalid("unknown time zone \"\(timeZone)\"; use an IANA name such as America/New_York")
            }
            self.timeZone = zone
        } else {
            self.timeZone = TimeZone(identifier: "UTC")!
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") else {
            throw invalid("expected rate(...), cron(...) or at(...)")
        }
        let name = trimmed[..<open]
        let body = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        switch name {
        case "rate":
            kind = .rate(try RateExpression(body, expression: text))
        case "cron":
            kind = .cron(try CronExpression(body, expression: text))
        case "at":
            guard source == .scheduler else {
                throw invalid("at() one-time schedules are only supported by EventBridge Scheduler (ScheduleV2)")
            }
            kind = .oneTime(try OneTimeSchedule(body, expression: text))
        default:
            throw invalid("expected rate(...), cron(...) or at(...)")
        }
    }

    /// The first time strictly after `date` at which the schedule fires, or `nil` when it never
    /// fires again (a past `at()`, or a cron whose years have run out).
    public func nextFire(after date: Date) -> Date? {
        switch kind {
        case .rate(let rate): return rate.nextFire(after: date, countingFrom: createdAt)
        case .cron(let cron): return cron.nextFire(after: date, in: timeZone)
        case .oneTime(let moment): return moment.nextFire(after: date, in: timeZone)
        }
    }
}

/// Which AWS service runs a schedule, which decides the expressions and time zones it accepts.
public enum ScheduleSource: Sendable, Hashable {
    /// An EventBridge rule, from a SAM `Schedule` event: `rate()` and `cron()`, always in UTC.
    case rule
    /// EventBridge Scheduler, from a SAM `ScheduleV2` event: `rate()`, `cron()` and `at()`,
    /// in any IANA time zone.
    case scheduler
}

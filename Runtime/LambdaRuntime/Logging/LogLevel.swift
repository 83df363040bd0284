import Logging

extension Logger.Level {
    /// The level `AWS_LAMBDA_LOG_LEVEL` names (`TRACE`, `DEBUG`, `INFO`, `WARN`, `ERROR`, `FATAL`),
    /// or `info` when it is absent or unknown.
    init(lambdaEnvironment environment: [String: String]) {
        switch environment["AWS_LAMBDA_LOG_LEVEL"]?.uppercased() {
        case "TRACE": self = .trace
        case "DEBUG": self = .debug
        case "WARN", "WARNING": self = .warning
        case "ERROR": self = .error
        case "FATAL", "CRITICAL": self = .critical
        default: self = .info
        }
    }

    /// The name Lambda uses for the level in its log lines.
    var lambdaName: String {
        switch self {
        case .trace: "TRACE"
        case .debug: "DEBUG"
        case .info, .notice: "INFO"
        case .warning: "WARN"
        case .error: "ERROR"
        case .critical: "FATAL"
        }
    }
}

/// How log lines are written: Lambda's two formats, chosen with `AWS_LAMBDA_LOG_FORMAT`.
public enum LogFormat: String, Sendable {
    /// `2026-11-21T16:37:32.123Z\t<request id>\tINFO\tmessage`: tab-separated, as Lambda's managed
    /// runtimes write plain text.
    case text = "Text"
    /// One JSON object a line with `timestamp`, `level`, `requestId` and `message`, so that CloudWatch
    /// Logs Insights and Lambda's log-level filtering can read the fields.
    case json = "JSON"

    /// The format an environment asks for; text unless `AWS_LAMBDA_LOG_FORMAT` is `JSON`.
    public init(environment: [String: String]) {
        self = environment["AWS_LAMBDA_LOG_FORMAT"]?.uppercased() == "JSON" ? .json : .text
    }
}

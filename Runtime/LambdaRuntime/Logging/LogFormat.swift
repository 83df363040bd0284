/// How log lines are written: Lambda's two formats, chosen with `AWS_LAMBDA_LOG_FORMAT`.
public enum LogFormat: String, Sendable {
    /// `2026-11-21T16:37:32.123Z\t<request id>\tINFO\tmessage`: tab-separated, as Lambda's managed
    /// runtimes write plain text.
    case text = "Text"
    /// One JSON object a line with `timestamp`, `level`, `requestId` and `message`, so that CloudWatch
    /// Logs Insights and Lambda's log-level filtering can read the fields.
    case json = "JSON"

    /// The format an environment asks for with `AWS_LAMBDA_LOG_FORMAT`. When it does not say, text,
    /// except on Managed Instances (`AWS_LAMBDA_MAX_CONCURRENCY` above 1), where Lambda requires
    /// JSON: lines of concurrent invocations interleave there, and only JSON's `requestId` field
    /// lets CloudWatch tell them apart.
    public init(environment: [String: String]) {
        if let format = environment["AWS_LAMBDA_LOG_FORMAT"] {
            self = format.uppercased() == "JSON" ? .json : .text
        } else {
            let concurrency = (try? ConcurrencyLimit(environment: environment))?.invocations ?? 1
            self = concurrency > 1 ? .json : .text
        }
    }
}

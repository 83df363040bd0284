/// The shape of the event a route sends to its function, and of the answer it expects back.
public enum PayloadVersion: String, Sendable, Hashable {
    /// Format 1.0: what REST APIs send, and HTTP APIs when `PayloadFormatVersion` is `"1.0"`.
    case v1 = "1.0"
    /// Format 2.0: what HTTP APIs send by default.
    case v2 = "2.0"
}

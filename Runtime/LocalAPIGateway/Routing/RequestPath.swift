/// A request's path, split into decoded segments for matching.
struct RequestPath: Sendable, Hashable {
    /// The path as sent.
    let raw: String
    /// The segments, percent-decoded; empty segments (`//`, a trailing `/`) are dropped.
    let segments: [String]

    /// `nil` when the path does not start with `/` (an absolute URI or `*`), which no route matches.
    init?(_ raw: String) {
        guard raw.hasPrefix("/") else { return nil }
        self.raw = raw
        self.segments = raw.split(separator: "/").map { PercentDecoding.decode($0) }
    }
}

/// What one fetch stored.
struct FetchSummary: Encodable {
    /// The scheduled time the samples stand for, ISO 8601.
    var sampledAt: String
    /// How many pairs got a sample.
    var pairs: Int
    /// How many coins of the answer were left out (no price, unusable symbol, duplicate ticker).
    var skipped: Int
    /// Whether this fetch is now the latest update (`false` when a later one was recorded first).
    var latestUpdate: Bool
}

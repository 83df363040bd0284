/// The tables of the system, by the names the template gives them.
public struct CoinTables: Sendable, Hashable {
    /// The samples table: every price of the last 24 hours (partition key `pair`, sort key
    /// `sampledAt`, time to live `expiresAt`), whose stream drives the windows.
    public var samples: String
    /// The metrics table: one window per pair (key `pair`), what users read, and the
    /// latest-update record.
    public var metrics: String

    /// Names the tables.
    public init(samples: String, metrics: String) {
        self.samples = samples
        self.metrics = metrics
    }
}

/// How a table's throughput is paid for. A struct rather than an enum so that a value this code
/// does not know still decodes.
public struct BillingMode: RawRepresentable, Sendable, Hashable, Codable {
    /// The mode as DynamoDB spells it.
    public var rawValue: String

    /// Creates a mode from its wire text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// On demand: per request, no capacity to plan.
    public static let payPerRequest = BillingMode(rawValue: "PAY_PER_REQUEST")
    /// Provisioned read and write capacity units.
    public static let provisioned = BillingMode(rawValue: "PROVISIONED")
}

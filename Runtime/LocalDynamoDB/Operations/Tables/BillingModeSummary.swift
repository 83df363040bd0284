/// How a table is billed, as DescribeTable reports it.
public struct BillingModeSummary: Codable, Sendable, Hashable {
    /// `PROVISIONED` or `PAY_PER_REQUEST`.
    public var billingMode: String

    enum CodingKeys: String, CodingKey {
        case billingMode = "BillingMode"
    }
}

/// Read and write capacity for a table or index in ``BillingMode/provisioned`` mode.
public struct ProvisionedThroughput: Sendable, Hashable, Codable {
    /// Strongly consistent reads of up to 4 KB per second.
    public var readCapacityUnits: Int
    /// Writes of up to 1 KB per second.
    public var writeCapacityUnits: Int

    /// Creates a throughput.
    public init(readCapacityUnits: Int, writeCapacityUnits: Int) {
        self.readCapacityUnits = readCapacityUnits
        self.writeCapacityUnits = writeCapacityUnits
    }

    private enum CodingKeys: String, CodingKey {
        case readCapacityUnits = "ReadCapacityUnits"
        case writeCapacityUnits = "WriteCapacityUnits"
    }
}

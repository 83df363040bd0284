/// A table's or index's provisioned capacity, as CreateTable takes it.
public struct ProvisionedThroughput: Codable, Sendable, Hashable {
    /// Strongly consistent reads of up to 4 KB a second.
    public var readCapacityUnits: Int
    /// Writes of up to 1 KB a second.
    public var writeCapacityUnits: Int

    /// Creates a throughput.
    public init(readCapacityUnits: Int, writeCapacityUnits: Int) {
        self.readCapacityUnits = readCapacityUnits
        self.writeCapacityUnits = writeCapacityUnits
    }

    enum CodingKeys: String, CodingKey {
        case readCapacityUnits = "ReadCapacityUnits"
        case writeCapacityUnits = "WriteCapacityUnits"
    }
}

/// A table's provisioned capacity as DescribeTable reports it: zeros for an on-demand table.
public struct ProvisionedThroughputDescription: Codable, Sendable, Hashable {
    /// Always 0: lambda-local never decreases capacity on its own.
    public var numberOfDecreasesToday: Int
    /// The read capacity units.
    public var readCapacityUnits: Int
    /// The write capacity units.
    public var writeCapacityUnits: Int

    enum CodingKeys: String, CodingKey {
        case numberOfDecreasesToday = "NumberOfDecreasesToday"
        case readCapacityUnits = "ReadCapacityUnits"
        case writeCapacityUnits = "WriteCapacityUnits"
    }
}

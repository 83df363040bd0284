import LambdaEvents

extension GetItemInput: FastJSONDecodable {
    /// Reads the body as the synthesized `Decodable` conformance does; nil when unsure.
    public init?(fastJSON body: UnsafeRawBufferPointer) {
        var tableName: String?
        var key: DynamoDBItem?
        var projectionExpression: String?
        var names: [String: String]?
        var consistentRead: Bool?
        do {
            try ItemJSONReader.readRequest(body.assumingMemoryBound(to: UInt8.self)) { (reader, member) throws(ItemJSONReader.Unreadable) in
                switch member {
                case CodingKeys.tableName.rawValue: tableName = try reader.readRequiredString()
                case CodingKeys.key.rawValue: key = try reader.readItem(depth: 2)
                case CodingKeys.projectionExpression.rawValue: projectionExpression = try reader.readOptionalString()
                case CodingKeys.expressionAttributeNames.rawValue: names = try reader.readOptionalNames(depth: 2)
                case CodingKeys.consistentRead.rawValue: consistentRead = try reader.readOptionalBool()
                // A legacy member is left to JSONDecoder.
                case CodingKeys.attributesToGet.rawValue: throw ItemJSONReader.Unreadable()
                default: return false
                }
                return true
            }
        } catch {
            return nil
        }
        guard let tableName, let key else { return nil }
        self.init(tableName: tableName, key: key, projectionExpression: projectionExpression,
                  expressionAttributeNames: names, consistentRead: consistentRead)
    }
}

import LambdaEvents

extension UpdateItemInput: FastJSONDecodable {
    /// Reads the body as the synthesized `Decodable` conformance does; nil when unsure.
    public init?(fastJSON body: UnsafeRawBufferPointer) {
        var shared = ConditionalWriteMembers()
        var key: DynamoDBItem?
        var updateExpression: String?
        do {
            try ItemJSONReader.readRequest(body.assumingMemoryBound(to: UInt8.self)) { (reader, member) throws(ItemJSONReader.Unreadable) in
                switch member {
                case CodingKeys.key.rawValue: key = try reader.readItem(depth: 2)
                case CodingKeys.updateExpression.rawValue: updateExpression = try reader.readOptionalString()
                default: return try shared.read(member, from: &reader)
                }
                return true
            }
        } catch {
            return nil
        }
        guard let tableName = shared.tableName, let key else { return nil }
        self.init(
            tableName: tableName, key: key, updateExpression: updateExpression, conditionExpression: shared.conditionExpression,
            expressionAttributeNames: shared.names, expressionAttributeValues: shared.values, returnValues: shared.returnValues,
            returnValuesOnConditionCheckFailure: shared.returnValuesOnConditionCheckFailure)
    }
}

import LambdaEvents

extension DeleteItemInput: FastJSONDecodable {
    /// Reads the body as the synthesized `Decodable` conformance does; nil when unsure.
    public init?(fastJSON body: UnsafeRawBufferPointer) {
        var shared = ConditionalWriteMembers()
        var key: DynamoDBItem?
        do {
            try ItemJSONReader.readRequest(body.assumingMemoryBound(to: UInt8.self)) { (reader, member) throws(ItemJSONReader.Unreadable) in
                guard member == CodingKeys.key.rawValue else { return try shared.read(member, from: &reader) }
                key = try reader.readItem(depth: 2)
                return true
            }
        } catch {
            return nil
        }
        guard let tableName = shared.tableName, let key else { return nil }
        self.init(
            tableName: tableName, key: key, conditionExpression: shared.conditionExpression,
            expressionAttributeNames: shared.names, expressionAttributeValues: shared.values, returnValues: shared.returnValues,
            returnValuesOnConditionCheckFailure: shared.returnValuesOnConditionCheckFailure)
    }
}

import LambdaEvents

extension PutItemInput: FastJSONDecodable {
    /// Reads the body as the synthesized `Decodable` conformance does; nil when unsure.
    public init?(fastJSON body: UnsafeRawBufferPointer) {
        var shared = ConditionalWriteMembers()
        var item: DynamoDBItem?
        do {
            try ItemJSONReader.readRequest(body.assumingMemoryBound(to: UInt8.self)) { (reader, member) throws(ItemJSONReader.Unreadable) in
                guard member == CodingKeys.item.rawValue else { return try shared.read(member, from: &reader) }
                item = try reader.readItem(depth: 2)
                return true
            }
        } catch {
            return nil
        }
        guard let tableName = shared.tableName, let item else { return nil }
        self.init(
            tableName: tableName, item: item, conditionExpression: shared.conditionExpression,
            expressionAttributeNames: shared.names, expressionAttributeValues: shared.values, returnValues: shared.returnValues,
            returnValuesOnConditionCheckFailure: shared.returnValuesOnConditionCheckFailure)
    }
}

import LambdaEvents

extension UpdateItemInput: FastJSONDecodable {
    /// Reads the body as the synthesized `Decodable` conformance does; nil when unsure.
    public init?(fastJSON body: UnsafeRawBufferPointer) {
        var tableName: String?
        var key: DynamoDBItem?
        var updateExpression: String?
        var conditionExpression: String?
        var names: [String: String]?
        var values: DynamoDBItem?
        var returnValues: String?
        var returnValuesOnConditionCheckFailure: String?
        do {
            try ItemJSONReader.readRequest(body.assumingMemoryBound(to: UInt8.self)) { (reader, member) throws(ItemJSONReader.Unreadable) in
                switch member {
                case CodingKeys.tableName.rawValue: tableName = try reader.readRequiredString()
                case CodingKeys.key.rawValue: key = try reader.readItem(depth: 2)
                case CodingKeys.updateExpression.rawValue: updateExpression = try reader.readOptionalString()
                case CodingKeys.conditionExpression.rawValue: conditionExpression = try reader.readOptionalString()
                case CodingKeys.expressionAttributeNames.rawValue: names = try reader.readOptionalNames(depth: 2)
                case CodingKeys.expressionAttributeValues.rawValue: values = try reader.readOptionalItem(depth: 2)
                case CodingKeys.returnValues.rawValue: returnValues = try reader.readOptionalString()
                case CodingKeys.returnValuesOnConditionCheckFailure.rawValue:
                    returnValuesOnConditionCheckFailure = try reader.readOptionalString()
                default: return false
                }
                return true
            }
        } catch {
            return nil
        }
        guard let tableName, let key else { return nil }
        self.init(
            tableName: tableName, key: key, updateExpression: updateExpression, conditionExpression: conditionExpression,
            expressionAttributeNames: names, expressionAttributeValues: values, returnValues: returnValues,
            returnValuesOnConditionCheckFailure: returnValuesOnConditionCheckFailure)
    }
}

import LambdaEvents

/// The members PutItem, UpdateItem and DeleteItem requests share, read by their fast decoders so
/// that each decoder reads only what is its own (the item, the key, the update expression).
struct ConditionalWriteMembers {
    var tableName: String?
    var conditionExpression: String?
    var names: [String: String]?
    var values: DynamoDBItem?
    var returnValues: String?
    var returnValuesOnConditionCheckFailure: String?

    /// Reads `member` when it is one of the shared ones; `false` when it is not.
    mutating func read(_ member: String, from reader: inout ItemJSONReader) throws(ItemJSONReader.Unreadable) -> Bool {
        switch member {
        case "TableName": tableName = try reader.readRequiredString()
        case "ConditionExpression": conditionExpression = try reader.readOptionalString()
        case "ExpressionAttributeNames": names = try reader.readOptionalNames(depth: 2)
        case "ExpressionAttributeValues": values = try reader.readOptionalItem(depth: 2)
        case "ReturnValues": returnValues = try reader.readOptionalString()
        case "ReturnValuesOnConditionCheckFailure": returnValuesOnConditionCheckFailure = try reader.readOptionalString()
        // Legacy members are rare: such a request is left to JSONDecoder rather than read here.
        case "Expected", "ConditionalOperator", "AttributeUpdates": throw ItemJSONReader.Unreadable()
        default: return false
        }
        return true
    }
}

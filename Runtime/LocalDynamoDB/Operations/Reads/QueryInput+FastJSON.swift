import LambdaEvents

extension QueryInput: FastJSONDecodable {
    /// Reads the body as the synthesized `Decodable` conformance does; nil when unsure.
    public init?(fastJSON body: UnsafeRawBufferPointer) {
        var tableName: String?
        var indexName: String?
        var keyConditionExpression: String?
        var filterExpression: String?
        var projectionExpression: String?
        var names: [String: String]?
        var values: DynamoDBItem?
        var limit: Int?
        var scanIndexForward: Bool?
        var exclusiveStartKey: DynamoDBItem?
        var select: String?
        var consistentRead: Bool?
        do {
            try ItemJSONReader.readRequest(body.assumingMemoryBound(to: UInt8.self)) { (reader, member) throws(ItemJSONReader.Unreadable) in
                switch member {
                case CodingKeys.tableName.rawValue: tableName = try reader.readRequiredString()
                case CodingKeys.indexName.rawValue: indexName = try reader.readOptionalString()
                case CodingKeys.keyConditionExpression.rawValue: keyConditionExpression = try reader.readRequiredString()
                case CodingKeys.filterExpression.rawValue: filterExpression = try reader.readOptionalString()
                case CodingKeys.projectionExpression.rawValue: projectionExpression = try reader.readOptionalString()
                case CodingKeys.expressionAttributeNames.rawValue: names = try reader.readOptionalNames(depth: 2)
                case CodingKeys.expressionAttributeValues.rawValue: values = try reader.readOptionalItem(depth: 2)
                case CodingKeys.limit.rawValue: limit = try reader.readOptionalInt()
                case CodingKeys.scanIndexForward.rawValue: scanIndexForward = try reader.readOptionalBool()
                case CodingKeys.exclusiveStartKey.rawValue: exclusiveStartKey = try reader.readOptionalItem(depth: 2)
                case CodingKeys.select.rawValue: select = try reader.readOptionalString()
                case CodingKeys.consistentRead.rawValue: consistentRead = try reader.readOptionalBool()
                // Legacy members are left to JSONDecoder.
                case CodingKeys.keyConditions.rawValue, CodingKeys.queryFilter.rawValue, CodingKeys.conditionalOperator.rawValue,
                     CodingKeys.attributesToGet.rawValue:
                    throw ItemJSONReader.Unreadable()
                default: return false
                }
                return true
            }
        } catch {
            return nil
        }
        guard let tableName else { return nil }
        self.init(
            tableName: tableName, indexName: indexName, keyConditionExpression: keyConditionExpression,
            filterExpression: filterExpression, projectionExpression: projectionExpression, expressionAttributeNames: names,
            expressionAttributeValues: values, limit: limit, scanIndexForward: scanIndexForward,
            exclusiveStartKey: exclusiveStartKey, select: select, consistentRead: consistentRead)
    }
}

import LambdaEvents

extension DynamoDBClient {
    /// Writes `value`, encoded with ``DynamoDBItemEncoder``, as a whole item (PutItem).
    /// - Throws: ``AWSError``; a value that does not encode to an item is ``AWSError/Kind/invalidRequest``.
    public func putItem(
        tableName: String,
        encoding value: some Encodable,
        conditionExpression: String? = nil,
        expressionAttributeNames: [String: String] = [:],
        expressionAttributeValues: DynamoDBItem = [:],
        encoder: DynamoDBItemEncoder = DynamoDBItemEncoder()
    ) async throws(AWSError) {
        let item: DynamoDBItem
        do {
            item = try encoder.encode(value)
        } catch {
            throw AWSError(
                kind: .invalidRequest, code: .invalidRequest, message: "the item cannot be encoded: \(error)",
                service: AWSService.dynamoDB.signingName)
        }
        _ = try await putItem(PutItemRequest(
            tableName: tableName,
            item: item,
            conditionExpression: conditionExpression,
            expressionAttributeNames: expressionAttributeNames,
            expressionAttributeValues: expressionAttributeValues))
    }

    /// Reads one item by key and decodes it with ``DynamoDBItemDecoder``; `nil` when there is none.
    /// - Throws: ``AWSError``; an item that does not decode as `type` is ``AWSError/Kind/invalidResponse``.
    public func getItem<Value: Decodable>(
        tableName: String,
        key: DynamoDBItem,
        as type: Value.Type = Value.self,
        consistentRead: Bool? = nil,
        decoder: DynamoDBItemDecoder = DynamoDBItemDecoder()
    ) async throws(AWSError) -> Value? {
        let response = try await getItem(GetItemRequest(tableName: tableName, key: key, consistentRead: consistentRead))
        do {
            return try response.decodeItem(as: type, using: decoder)
        } catch {
            throw AWSError(
                kind: .invalidResponse, code: .invalidResponse,
                message: "the item does not decode as \(Value.self): \(error)",
                service: AWSService.dynamoDB.signingName)
        }
    }
}

extension DynamoDBClient {
    /// Writes a whole item (PutItem). Blocks the calling thread for each attempt.
    public func putItem(_ request: PutItemRequest) async throws(AWSError) -> PutItemResponse {
        try await transport.call("PutItem", request)
    }

    /// Reads one item by key (GetItem). Blocks the calling thread for each attempt.
    public func getItem(_ request: GetItemRequest) async throws(AWSError) -> GetItemResponse {
        try await transport.call("GetItem", request)
    }

    /// Changes some attributes of an item, creating it when absent (UpdateItem). Blocks the
    /// calling thread for each attempt.
    public func updateItem(_ request: UpdateItemRequest) async throws(AWSError) -> UpdateItemResponse {
        try await transport.call("UpdateItem", request)
    }

    /// Deletes one item by key (DeleteItem). Blocks the calling thread for each attempt.
    public func deleteItem(_ request: DeleteItemRequest) async throws(AWSError) -> DeleteItemResponse {
        try await transport.call("DeleteItem", request)
    }
}

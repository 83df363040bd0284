import LambdaEvents

extension DynamoDBClient {
    /// Writes up to 25 items (BatchWriteItem). Blocks the calling thread for each attempt.
    ///
    /// Writes DynamoDB leaves unprocessed (under load, or past the table's capacity) are resent,
    /// after a throttling backoff, up to the retry policy's attempts; whatever is still left is
    /// returned in ``BatchWriteItemResponse/unprocessedItems``.
    public func batchWriteItem(_ request: BatchWriteItemRequest) async throws(AWSError) -> BatchWriteItemResponse {
        var response: BatchWriteItemResponse = try await transport.call("BatchWriteItem", request)
        var round = 1
        while !response.unprocessedItems.isEmpty, round < retryPolicy.maxAttempts {
            await backOff(beforeRound: round)
            response = try await transport.call(
                "BatchWriteItem", BatchWriteItemRequest(requestItems: response.unprocessedItems))
            round += 1
        }
        return response
    }

    /// Reads up to 100 items by key (BatchGetItem). Blocks the calling thread for each attempt.
    ///
    /// Keys DynamoDB leaves unprocessed are asked for again, after a throttling backoff, up to the
    /// retry policy's attempts; the items of every round are merged, and whatever is still left
    /// is returned in ``BatchGetItemResponse/unprocessedKeys``.
    public func batchGetItem(_ request: BatchGetItemRequest) async throws(AWSError) -> BatchGetItemResponse {
        var response: BatchGetItemResponse = try await transport.call("BatchGetItem", request)
        var round = 1
        while !response.unprocessedKeys.isEmpty, round < retryPolicy.maxAttempts {
            await backOff(beforeRound: round)
            let next: BatchGetItemResponse = try await transport.call(
                "BatchGetItem", BatchGetItemRequest(requestItems: response.unprocessedKeys))
            response.responses.merge(next.responses) { earlier, later in earlier + later }
            response.unprocessedKeys = next.unprocessedKeys
            round += 1
        }
        return response
    }

    /// Unprocessed items mean the table is out of capacity: wait as after throttling.
    private func backOff(beforeRound round: Int) async {
        let delay = retryPolicy.backoff(beforeRetry: round, afterThrottling: true, random: Double.random(in: 0..<1))
        try? await Task.sleep(for: delay)
    }
}

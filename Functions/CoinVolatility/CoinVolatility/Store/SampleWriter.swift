import AWSClient
import LambdaEvents

/// Writes a fetch's samples and the latest-update record.
public struct SampleWriter: Sendable {
    let client: DynamoDBClient
    let tables: CoinTables

    /// Writes to `tables`.
    public init(client: DynamoDBClient, tables: CoinTables) {
        self.client = client
        self.tables = tables
    }

    /// Writes every sample, 25 to a request (BatchWriteItem's limit).
    ///
    /// Writing the same samples again (a retried or redelivered schedule) replaces them with the
    /// same keys, so a retry after a partial write is safe.
    /// - Throws: ``AWSError``, also when DynamoDB leaves writes unprocessed after every retry.
    public func write(_ samples: [PriceSample]) async throws(AWSError) {
        var start = samples.startIndex
        while start < samples.endIndex {
            let end = min(start + 25, samples.endIndex)
            let writes = samples[start..<end].map { WriteRequest.put(item: $0.item) }
            let response = try await client.batchWriteItem(BatchWriteItemRequest(requestItems: [tables.samples: writes]))
            let left = response.unprocessedItems.values.reduce(0) { $0 + $1.count }
            guard left == 0 else {
                throw AWSError(
                    kind: .service, code: .provisionedThroughputExceeded,
                    message: "\(left) of \(writes.count) samples were left unwritten after every retry",
                    service: "dynamodb")
            }
            start = end
        }
    }

    /// Records `update` unless a newer one (a later scheduled time) is there already.
    /// - Returns: whether it was recorded.
    @discardableResult
    public func recordLatestUpdate(_ update: LatestUpdate) async throws(AWSError) -> Bool {
        do {
            _ = try await client.putItem(PutItemRequest(
                tableName: tables.metrics, item: update.item,
                conditionExpression: "attribute_not_exists(#pair) OR #sampledAt <= :sampledAt",
                expressionAttributeNames: ["#pair": PairWindow.Attribute.pair, "#sampledAt": "sampledAt"],
                expressionAttributeValues: [":sampledAt": .number(String(update.sampledAt))]))
            return true
        } catch {
            guard error.code == .conditionalCheckFailed else { throw error }
            return false
        }
    }
}

import AWSClient
import LambdaEvents

/// What users read: the ranking of pairs by standard deviation, one pair, and the latest update.
/// Every read is a Query or a GetItem: the cost of a page does not grow with the table.
public struct MetricsReader: Sendable {
    let client: DynamoDBClient
    let tableName: String

    /// Reads the metrics table `tableName`.
    public init(client: DynamoDBClient, tableName: String) {
        self.client = client
        self.tableName = tableName
    }

    /// Up to `limit` pairs, highest standard deviation first, after `cursor`.
    public func ranking(limit: Int, after cursor: MetricsCursor?) async throws(AWSError) -> MetricsPage {
        let response = try await client.query(QueryRequest(
            tableName: tableName, indexName: PairWindow.rankingIndex,
            keyConditionExpression: "#board = :board",
            expressionAttributeNames: ["#board": PairWindow.Attribute.board],
            expressionAttributeValues: [":board": .string(PairWindow.rankingBoard)],
            limit: limit, exclusiveStartKey: cursor?.exclusiveStartKey, scanIndexForward: false))
        let pairs = response.items.compactMap(PairWindow.init(item:)).compactMap(PairMetrics.init)
        return MetricsPage(pairs: pairs, next: response.lastEvaluatedKey.flatMap(MetricsCursor.init(lastEvaluatedKey:)))
    }

    /// One pair's figures; `nil` when the pair has no samples in the last 24 hours.
    public func metrics(for pair: CoinPair) async throws(AWSError) -> PairMetrics? {
        let response = try await client.getItem(GetItemRequest(
            tableName: tableName, key: [PairWindow.Attribute.pair: .string(pair.description)]))
        return response.item.flatMap(PairWindow.init(item:)).flatMap(PairMetrics.init)
    }

    /// The latest-update record; `nil` before the first fetch.
    public func latestUpdate() async throws(AWSError) -> LatestUpdate? {
        let response = try await client.getItem(GetItemRequest(
            tableName: tableName, key: [PairWindow.Attribute.pair: .string(LatestUpdate.key)]))
        return response.item.flatMap(LatestUpdate.init(item:))
    }
}

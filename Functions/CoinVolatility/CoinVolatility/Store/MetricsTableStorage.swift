import AWSClient
import LambdaEvents

/// The pair windows in the metrics table.
public struct MetricsTableStorage: PairWindowStorage {
    let client: DynamoDBClient
    let tableName: String

    /// Keeps windows in the table `tableName`.
    public init(client: DynamoDBClient, tableName: String) {
        self.client = client
        self.tableName = tableName
    }

    public func window(for pair: CoinPair) async throws -> PairWindow {
        let response = try await client.getItem(GetItemRequest(
            tableName: tableName, key: [PairWindow.Attribute.pair: .string(pair.description)], consistentRead: true))
        guard let item = response.item else { return PairWindow(pair: pair) }
        guard let window = PairWindow(item: item) else { throw UnreadableWindow(pair: pair) }
        return window
    }

    public func save(_ window: PairWindow, at time: Int64) async throws -> Bool {
        // A first write must not replace a window another invocation created meanwhile; later
        // writes must find the version they read.
        let isFirst = window.version == 0
        let condition = isFirst ? "attribute_not_exists(#key)" : "#key = :version"
        let names = ["#key": isFirst ? PairWindow.Attribute.pair : PairWindow.Attribute.version]
        let values: DynamoDBItem = isFirst ? [:] : [":version": .number(String(window.version))]
        do {
            _ = try await client.putItem(PutItemRequest(
                tableName: tableName, item: window.item(updatedAt: time), conditionExpression: condition,
                expressionAttributeNames: names, expressionAttributeValues: values))
            return true
        } catch {
            guard error.code == .conditionalCheckFailed else { throw error }
            return false
        }
    }
}

/// A window item that does not read as one: written by something else, or damaged.
struct UnreadableWindow: Error, CustomStringConvertible {
    var pair: CoinPair
    var description: String { "the stored window of \(pair) is not readable" }
}

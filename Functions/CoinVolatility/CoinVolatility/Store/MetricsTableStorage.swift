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
        guard let window = PairWindow(item: item) else { throw UnreadableWindow(pair: pair.description) }
        return window
    }

    public func save(_ window: PairWindow, at time: Int64) async throws -> Bool {
        let write = Self.conditionalPut(window, at: time, in: tableName)
        do {
            _ = try await client.putItem(PutItemRequest(
                tableName: tableName, item: write.item, conditionExpression: write.conditionExpression,
                expressionAttributeNames: write.expressionAttributeNames,
                expressionAttributeValues: write.expressionAttributeValues))
            return true
        } catch {
            guard error.code == .conditionalCheckFailed else { throw error }
            return false
        }
    }

    public func windows(for pairs: [CoinPair]) async throws -> [CoinPair: PairWindow] {
        var keys = pairs.map { [PairWindow.Attribute.pair: AttributeValue.string($0.description)] as DynamoDBItem }
        var windows: [CoinPair: PairWindow] = [:]
        // DynamoDB may leave keys unprocessed under load; they are asked for again a few times
        // before the caller falls back to reading pair by pair.
        for attempt in 0..<Self.batchReadAttempts where !keys.isEmpty {
            if attempt > 0 { try? await Task.sleep(for: .milliseconds(10 << attempt)) }
            let response = try await client.batchGetItem(BatchGetItemRequest(requestItems: [
                tableName: KeysAndAttributes(keys: keys, consistentRead: true),
            ]))
            for item in response.responses[tableName] ?? [] {
                guard let window = PairWindow(item: item) else {
                    throw UnreadableWindow(pair: item[PairWindow.Attribute.pair]?.stringValue ?? "an unnamed pair")
                }
                windows[window.pair] = window
            }
            keys = response.unprocessedKeys[tableName]?.keys ?? []
        }
        guard keys.isEmpty else { throw UnprocessedWindows(count: keys.count) }
        return windows
    }

    public func saveAll(_ windows: [PairWindow], at time: Int64) async throws -> Bool {
        // One transaction: DynamoDB bills it as two writes a window, and it saves a round trip
        // for every window after the first.
        do {
            try await client.transactWriteItems(TransactWriteItemsRequest(
                transactItems: windows.map { .put(Self.conditionalPut($0, at: time, in: tableName)) }))
            return true
        } catch {
            let lostRace = error.code == .transactionCanceled && error.cancellationReasons.contains {
                $0.code == .conditionalCheckFailed || $0.code == .transactionConflict
            }
            guard lostRace else { throw error }
            return false
        }
    }

    static let batchReadAttempts = 3

    /// The write of a window's next version: a first write must not replace a window another
    /// invocation created meanwhile; later writes must find the version they read.
    static func conditionalPut(_ window: PairWindow, at time: Int64, in tableName: String) -> TransactWriteItem.Put {
        let isFirst = window.version == 0
        return TransactWriteItem.Put(
            tableName: tableName, item: window.item(updatedAt: time),
            conditionExpression: isFirst ? "attribute_not_exists(#key)" : "#key = :version",
            expressionAttributeNames: ["#key": isFirst ? PairWindow.Attribute.pair : PairWindow.Attribute.version],
            expressionAttributeValues: isFirst ? [:] : [":version": .number(String(window.version))])
    }
}

/// Keys a batch read left unprocessed however often it asked again.
struct UnprocessedWindows: Error, CustomStringConvertible {
    var count: Int
    var description: String { "DynamoDB left \(count) windows unread" }
}

/// A window item that does not read as one: written by something else, or damaged.
struct UnreadableWindow: Error, CustomStringConvertible {
    var pair: String
    var description: String { "the stored window of \(pair) is not readable" }
}

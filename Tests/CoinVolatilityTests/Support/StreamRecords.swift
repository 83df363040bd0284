import LambdaEvents
@testable import CoinVolatility

/// Stream records of the samples table, as DynamoDB Streams delivers them.
enum StreamRecords {
    static let arn = "arn:aws:dynamodb:us-east-1:123456789012:table/CoinSamplesTable/stream/2024-05-01T00:00:00.000"

    static func sequence(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 21 - digits.count)) + digits
    }

    static func image(_ pair: String, _ sampledAt: Int64, _ price: Double) -> DynamoDBItem {
        ["pair": .string(pair), "sampledAt": .number(String(sampledAt)), "price": .number(String(price)), "expiresAt": .number(String(sampledAt + 86_400))]
    }

    static func insert(_ pair: String, at sampledAt: Int64, price: Double, sequence number: Int) -> DynamoDBStreamEvent.Record {
        record(.insert, pair, sampledAt, old: nil, new: price, sequence: number)
    }

    static func modify(_ pair: String, at sampledAt: Int64, from old: Double, to new: Double, sequence number: Int) -> DynamoDBStreamEvent.Record {
        record(.modify, pair, sampledAt, old: old, new: new, sequence: number)
    }

    static func expire(_ pair: String, at sampledAt: Int64, price: Double, sequence number: Int) -> DynamoDBStreamEvent.Record {
        var expiry = record(.remove, pair, sampledAt, old: price, new: nil, sequence: number)
        expiry.userIdentity = .timeToLive
        return expiry
    }

    static func record(
        _ name: DynamoDBStreamEvent.EventName, _ pair: String, _ sampledAt: Int64, old: Double?, new: Double?, sequence number: Int
    ) -> DynamoDBStreamEvent.Record {
        DynamoDBStreamEvent.Record(
            eventID: "\(number)", eventName: name, awsRegion: "us-east-1", eventSourceARN: arn,
            dynamodb: DynamoDBStreamEvent.StreamRecord(
                approximateCreationDateTime: Double(sampledAt),
                keys: ["pair": .string(pair), "sampledAt": .number(String(sampledAt))],
                newImage: new.map { image(pair, sampledAt, $0) },
                oldImage: old.map { image(pair, sampledAt, $0) },
                sequenceNumber: sequence(number), sizeBytes: 100, streamViewType: .newAndOldImages))
    }
}

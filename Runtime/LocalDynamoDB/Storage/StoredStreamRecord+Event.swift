import Foundation
import LambdaEvents

extension StoredStreamRecord {
    /// The sequence number as DynamoDB Streams writes it: 21 digits, so that text order is write order.
    public var sequenceNumberText: String {
        let digits = String(sequenceNumber)
        return String(repeating: "0", count: max(0, 21 - digits.count)) + digits
    }

    /// The record as GetRecords returns it and as a stream event source delivers it to a function.
    public func eventRecord(region: String, streamARN: String) -> DynamoDBStreamEvent.Record {
        DynamoDBStreamEvent.Record(
            eventID: "\(sequenceNumber)-\(Int(approximateCreationDateTime))",
            eventName: eventName,
            awsRegion: region,
            eventSourceARN: streamARN,
            // Deletions by time to live are the service's own, and the stream says so.
            userIdentity: deletedByTTL ? .timeToLive : nil,
            dynamodb: DynamoDBStreamEvent.StreamRecord(
                approximateCreationDateTime: approximateCreationDateTime.rounded(.down),
                keys: keys,
                newImage: newImage,
                oldImage: oldImage,
                sequenceNumber: sequenceNumberText,
                sizeBytes: sizeBytes,
                streamViewType: viewType))
    }
}

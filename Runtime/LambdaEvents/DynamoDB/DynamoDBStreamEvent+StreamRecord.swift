#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension DynamoDBStreamEvent {
    /// The change to an item (the record's `dynamodb` member), with DynamoDB's capitalized keys.
    public struct StreamRecord: Codable, Sendable, Hashable {
        /// When the change happened, in seconds since 1970.
        public var approximateCreationDateTime: Double
        /// The item's key attributes.
        public var keys: DynamoDBItem
        /// The item after the change, when the stream records new images and the item still exists.
        public var newImage: DynamoDBItem?
        /// The item before the change, when the stream records old images and the item existed.
        public var oldImage: DynamoDBItem?
        /// The record's position in its shard; the item identifier of a partial batch response.
        public var sequenceNumber: String
        /// The record's size in bytes.
        public var sizeBytes: Int
        /// Which images the stream records.
        public var streamViewType: StreamViewType

        /// Creates a stream record.
        public init(
            approximateCreationDateTime: Double,
            keys: DynamoDBItem,
            newImage: DynamoDBItem? = nil,
            oldImage: DynamoDBItem? = nil,
            sequenceNumber: String,
            sizeBytes: Int,
            streamViewType: StreamViewType
        ) {
            self.approximateCreationDateTime = approximateCreationDateTime
            self.keys = keys
            self.newImage = newImage
            self.oldImage = oldImage
            self.sequenceNumber = sequenceNumber
            self.sizeBytes = sizeBytes
            self.streamViewType = streamViewType
        }

        /// When the change happened, as a date.
        public var approximateCreationDate: Date {
            Date(timeIntervalSince1970: approximateCreationDateTime)
        }

        enum CodingKeys: String, CodingKey {
            case approximateCreationDateTime = "ApproximateCreationDateTime"
            case keys = "Keys"
            case newImage = "NewImage"
            case oldImage = "OldImage"
            case sequenceNumber = "SequenceNumber"
            case sizeBytes = "SizeBytes"
            case streamViewType = "StreamViewType"
        }
    }
}

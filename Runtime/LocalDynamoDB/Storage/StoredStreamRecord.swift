import LambdaEvents

/// One change as the table's stream holds it, in write order; the Streams endpoint reads these.
public struct StoredStreamRecord: Sendable, Hashable {
    /// Ascending across the whole store, so records of one table are ordered.
    public var sequenceNumber: Int64
    /// `INSERT`, `MODIFY` or `REMOVE`.
    public var eventName: DynamoDBStreamEvent.EventName
    /// The item's key attributes.
    public var keys: DynamoDBItem
    /// The item after the change, when the view type records it.
    public var newImage: DynamoDBItem?
    /// The item before the change, when the view type records it.
    public var oldImage: DynamoDBItem?
    /// The stream's view type when the record was written.
    public var viewType: DynamoDBStreamEvent.StreamViewType
    /// The record's size in bytes.
    public var sizeBytes: Int
    /// When the change happened, in seconds since 1970.
    public var approximateCreationDateTime: Double
    /// Whether time-to-live expiry removed the item.
    public var deletedByTTL: Bool
}

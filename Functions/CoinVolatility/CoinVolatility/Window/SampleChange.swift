import LambdaEvents

/// What one stream record of the samples table does to its pair's window: a sample enters
/// (INSERT), leaves (REMOVE: its time to live ran out, or it was deleted), or is replaced
/// (MODIFY: the same pair and time written again, the old price leaves and the new one enters).
public struct SampleChange: Sendable, Hashable {
    /// The pair whose window changes.
    public var pair: CoinPair
    /// The record's place in the stream, to apply each record once.
    public var sequence: StreamSequence
    /// The sequence number as the stream wrote it: the identifier of a batch item failure.
    public var sequenceNumber: String
    /// The time the sample stands for, epoch seconds.
    public var sampledAt: Int64
    /// The price leaving the window.
    public var removed: Double?
    /// The price entering the window.
    public var added: Double?
    /// Whether DynamoDB itself deleted the sample because its time to live ran out.
    public var isExpiry: Bool

    /// Creates a change.
    public init(
        pair: CoinPair, sequence: StreamSequence, sequenceNumber: String, sampledAt: Int64,
        removed: Double?, added: Double?, isExpiry: Bool = false
    ) {
        self.pair = pair
        self.sequence = sequence
        self.sequenceNumber = sequenceNumber
        self.sampledAt = sampledAt
        self.removed = removed
        self.added = added
        self.isExpiry = isExpiry
    }

    /// Reads a record of the samples table's stream (view type NEW_AND_OLD_IMAGES).
    /// - Throws: ``SampleChangeError`` when it lacks the key, the images or the prices a change needs.
    public init(record: DynamoDBStreamEvent.Record) throws(SampleChangeError) {
        let stream = record.dynamodb
        func failure(_ problem: String) -> SampleChangeError {
            SampleChangeError(sequenceNumber: stream.sequenceNumber, problem: problem)
        }
        guard let sequence = StreamSequence(stream.sequenceNumber) else { throw failure("the sequence number is not a number") }
        guard let pairText = stream.keys[PriceSample.Attribute.pair]?.stringValue, let pair = CoinPair(pairText) else {
            throw failure("the key has no pair")
        }
        guard let sampledAt = NumberText.integer(stream.keys[PriceSample.Attribute.sampledAt]) else {
            throw failure("the key has no sample time")
        }
        func price(_ image: DynamoDBItem?, _ name: String) throws(SampleChangeError) -> Double {
            guard let image else { throw failure("the \(name) image is missing (the stream must carry NEW_AND_OLD_IMAGES)") }
            guard let price = NumberText.double(image[PriceSample.Attribute.price]) else {
                throw failure("the \(name) image has no price")
            }
            return price
        }
        var removed: Double?
        var added: Double?
        switch record.eventName {
        case .insert:
            added = try price(stream.newImage, "new")
        case .modify:
            removed = try price(stream.oldImage, "old")
            added = try price(stream.newImage, "new")
        case .remove:
            removed = try price(stream.oldImage, "old")
        default:
            throw failure("unknown event \(record.eventName.rawValue)")
        }
        self.init(
            pair: pair, sequence: sequence, sequenceNumber: stream.sequenceNumber, sampledAt: sampledAt,
            removed: removed, added: added, isExpiry: record.userIdentity == .timeToLive)
    }
}

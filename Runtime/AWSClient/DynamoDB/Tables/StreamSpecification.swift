import LambdaEvents

/// Whether a table has a stream, and what its records hold.
public struct StreamSpecification: Sendable, Hashable, Codable {
    /// Whether the stream is on.
    public var streamEnabled: Bool
    /// What each record holds; required when the stream is on.
    public var streamViewType: DynamoDBStreamEvent.StreamViewType?

    /// Creates a specification.
    public init(streamEnabled: Bool, streamViewType: DynamoDBStreamEvent.StreamViewType? = nil) {
        self.streamEnabled = streamEnabled
        self.streamViewType = streamViewType
    }

    private enum CodingKeys: String, CodingKey {
        case streamEnabled = "StreamEnabled"
        case streamViewType = "StreamViewType"
    }
}

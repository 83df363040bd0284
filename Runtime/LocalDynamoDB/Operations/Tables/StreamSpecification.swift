import LambdaEvents

/// Whether a table streams its changes, and with which images.
public struct StreamSpecification: Codable, Sendable, Hashable {
    /// Whether the stream is on.
    public var streamEnabled: Bool
    /// `KEYS_ONLY`, `NEW_IMAGE`, `OLD_IMAGE` or `NEW_AND_OLD_IMAGES`; required when enabled.
    public var streamViewType: DynamoDBStreamEvent.StreamViewType?

    /// Creates a specification.
    public init(streamEnabled: Bool, streamViewType: DynamoDBStreamEvent.StreamViewType? = nil) {
        self.streamEnabled = streamEnabled
        self.streamViewType = streamViewType
    }

    enum CodingKeys: String, CodingKey {
        case streamEnabled = "StreamEnabled"
        case streamViewType = "StreamViewType"
    }
}

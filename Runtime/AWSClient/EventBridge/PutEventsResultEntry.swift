/// What became of one entry of a PutEvents: its event ID, or why it was refused.
public struct PutEventsResultEntry: Sendable, Hashable, Decodable {
    /// The published event's ID, or `nil` when the entry failed.
    public var eventID: String?
    /// Why the entry failed, such as `InvalidArgument` or `MalformedDetail`; `nil` on success.
    public var errorCode: String?
    /// EventBridge's explanation of the failure.
    public var errorMessage: String?

    /// Creates a result.
    public init(eventID: String? = nil, errorCode: String? = nil, errorMessage: String? = nil) {
        self.eventID = eventID
        self.errorCode = errorCode
        self.errorMessage = errorMessage
    }

    /// Whether the entry was refused.
    public var isFailure: Bool { errorCode != nil || eventID == nil }

    private enum CodingKeys: String, CodingKey {
        case eventID = "EventId"
        case errorCode = "ErrorCode"
        case errorMessage = "ErrorMessage"
    }
}

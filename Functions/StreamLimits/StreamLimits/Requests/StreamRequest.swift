/// The body of `POST /stream/start`, `POST /stream/end` and `POST /stream-record`:
/// `{"userId": "1", "streamId": "match-42"}`, both optional here (the routes say which they need).
public struct StreamRequest: Sendable, Hashable, Decodable {
    /// The user the body names; ignored when the route has an authorizer.
    public var userId: String?
    /// The stream, when the caller names one.
    public var streamId: String?

    /// Creates a body.
    public init(userId: String? = nil, streamId: String? = nil) {
        self.userId = userId
        self.streamId = streamId
    }
}

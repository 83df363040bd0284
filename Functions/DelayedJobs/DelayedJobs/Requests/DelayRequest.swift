/// The body of `POST /dataspan/delay`: `{"delaySeconds": 30}`, with `"userId"` when the route has
/// no authorizer. The same fields may come as query parameters instead (`GET /dataspan/delay`).
public struct DelayRequest: Sendable, Hashable, Decodable {
    /// How long the job waits, in whole seconds; read as a number so that ``JobDelay`` can name a
    /// fraction rather than the decoder refusing it with its own words.
    public var delaySeconds: Double?
    /// The user the body names; ignored when the route has an authorizer.
    public var userId: String?

    /// Creates a body.
    public init(delaySeconds: Double? = nil, userId: String? = nil) {
        self.delaySeconds = delaySeconds
        self.userId = userId
    }
}

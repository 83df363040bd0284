/// A started (or renewed) stream: what the caller is told.
public struct StreamStart: Sendable, Hashable, Encodable {
    /// The user.
    public var userId: String
    /// The stream; made up when the request named none.
    public var streamId: String
    /// How many streams the user has active now, this one included.
    public var activeStreams: Int
    /// The most the user may have.
    public var maxStreams: Int
    /// When the lease ends unless renewed (ISO 8601).
    public var leaseExpiresAt: String
    /// Whether the stream held a lease already, which was extended instead of taking a slot.
    public var renewed: Bool

    /// Creates the answer.
    public init(userId: String, streamId: String, activeStreams: Int, maxStreams: Int, leaseExpiresAt: String, renewed: Bool) {
        self.userId = userId
        self.streamId = streamId
        self.activeStreams = activeStreams
        self.maxStreams = maxStreams
        self.leaseExpiresAt = leaseExpiresAt
        self.renewed = renewed
    }
}

/// An ended stream: what the caller is told.
public struct StreamEnd: Sendable, Hashable, Encodable {
    /// The user.
    public var userId: String
    /// The stream whose slot was freed.
    public var streamId: String
    /// How many streams the user has active now.
    public var activeStreams: Int

    /// Creates the answer.
    public init(userId: String, streamId: String, activeStreams: Int) {
        self.userId = userId
        self.streamId = streamId
        self.activeStreams = activeStreams
    }
}

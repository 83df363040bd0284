/// Why a start or an end is refused.
public enum StreamLimitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every slot is held by a live stream.
    case limitReached(userId: String, activeStreams: Int, maxStreams: Int)
    /// The named stream holds no slot.
    case streamNotActive(userId: String, streamId: String)
    /// The user has no live stream to end.
    case nothingActive(userId: String)
    /// Other requests for the same user kept changing the item; nothing was changed.
    case contended(userId: String)

    public var description: String {
        switch self {
        case .limitReached(let userId, let active, let max):
            "user \(userId) already has \(active) active streams, the most allowed is \(max); end one before starting another"
        case .streamNotActive(let userId, let streamId):
            "stream \(streamId) is not active for user \(userId)"
        case .nothingActive(let userId):
            "user \(userId) has no active stream to end"
        case .contended(let userId):
            "too many simultaneous changes to the streams of user \(userId); try again"
        }
    }
}

/// Why a value could not be resolved locally, and where the cause is written.
public struct UnresolvedValue: Sendable, Hashable, CustomStringConvertible {
    /// A human-readable reason, such as `Fn::ImportValue cannot be resolved locally`.
    public var reason: String
    /// Where the intrinsic function that could not be resolved is written.
    public var location: SourceLocation

    /// Creates an unresolved marker.
    public init(reason: String, location: SourceLocation) {
        self.reason = reason
        self.location = location
    }

    /// The reason.
    public var description: String { reason }
}

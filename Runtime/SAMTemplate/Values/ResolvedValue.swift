/// A value after intrinsic functions are resolved: JSON-like, as CloudFormation would hand it to a resource.
public enum ResolvedValue: Sendable, Hashable {
    /// Text.
    case string(String)
    /// A number, kept as the text it was written with.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// A list.
    case list([ResolvedValue])
    /// A mapping.
    case map([String: ResolvedValue])
    /// A value that cannot be known locally, such as `Fn::ImportValue`; says why and where.
    case unresolved(UnresolvedValue)
}

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

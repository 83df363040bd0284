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

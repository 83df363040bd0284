/// The `#names` and `:values` one parsed expression refers to, for the request-wide unused check.
public struct ExpressionUsage: Sendable, Hashable {
    /// Name aliases used, with their `#`.
    public var names: Set<String> = []
    /// Value aliases used, with their `:`.
    public var values: Set<String> = []

    /// Creates an empty usage.
    public init() {}
}

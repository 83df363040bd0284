/// A rule in the template that cannot work as written: a bad pattern, input or target.
public struct RuleDefinitionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

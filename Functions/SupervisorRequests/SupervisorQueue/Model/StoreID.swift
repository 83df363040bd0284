/// The store a request belongs to: the table's partition key.
public struct StoreID: Sendable, Hashable, CustomStringConvertible {
    /// The id as the caller wrote it.
    public let value: String

    /// Checks a store id.
    /// - Throws: ``RequestProblem`` (invalid) when it is not 1 to 64 letters, digits, `-` or `_`.
    public init(_ value: String) throws(RequestProblem) {
        guard IdentifierRule.isValid(value) else {
            throw .invalid("storeId must be \(IdentifierRule.explanation), got \"\(value)\"")
        }
        self.value = value
    }

    public var description: String { value }
}

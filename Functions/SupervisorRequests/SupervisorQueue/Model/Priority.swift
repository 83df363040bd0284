/// How urgent a request is: 1 (lowest) to 10 (highest); 5 unless the caller says otherwise.
public struct Priority: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The priorities a request may have.
    public static let range = 1...10
    /// The priority of a request that names none.
    public static let standard = Priority(unchecked: 5)

    /// The priority.
    public let value: Int

    /// Checks a priority.
    /// - Throws: ``RequestProblem`` (invalid) outside ``range``.
    public init(_ value: Int) throws(RequestProblem) {
        guard Self.range.contains(value) else {
            throw .invalid("priority must be an integer from \(Self.range.lowerBound) to \(Self.range.upperBound), got \(value)")
        }
        self.value = value
    }

    private init(unchecked value: Int) {
        self.value = value
    }

    public var description: String { String(value) }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.value < rhs.value }
}

/// A markets answer that cannot be used at all: nothing from it may be stored.
public struct MarketsAnswerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the answer.
    public var problem: String

    /// Creates an error.
    public init(_ problem: String) {
        self.problem = problem
    }

    public var description: String { "the markets answer is malformed: \(problem)" }
}

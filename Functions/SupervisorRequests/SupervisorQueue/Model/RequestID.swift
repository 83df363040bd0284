#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A supervisor request's id: chosen by the caller (to make a retried create safe) or generated.
public struct RequestID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The id.
    public let value: String

    /// Checks a request id.
    /// - Throws: ``RequestProblem`` (invalid) when it is not 1 to 64 letters, digits, `-` or `_`.
    public init(_ value: String) throws(RequestProblem) {
        guard IdentifierRule.isValid(value) else {
            throw .invalid("requestId must be \(IdentifierRule.explanation), got \"\(value)\"")
        }
        self.value = value
    }

    /// A new random id.
    public static func generate() -> RequestID {
        // A UUID's text is letters, digits and hyphens: always a valid id.
        (try? RequestID(UUID().uuidString.lowercased())) ?? RequestID(unchecked: "request")
    }

    private init(unchecked value: String) {
        self.value = value
    }

    public var description: String { value }

    public static func < (lhs: RequestID, rhs: RequestID) -> Bool { lhs.value < rhs.value }
}

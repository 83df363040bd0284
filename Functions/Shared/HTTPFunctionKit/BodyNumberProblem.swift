import LambdaEvents

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What to tell a caller whose body is valid JSON but holds a number its field cannot take.
///
/// `JSONDecoder` reports a fraction (or a number too large) for an integer field as data that "was
/// not valid JSON", with no field named. Telling the caller their valid JSON is invalid sends them
/// looking in the wrong place, so the body is read again as plain JSON to find the fraction.
enum BodyNumberProblem {
    /// The message for `data`, or `nil` when the body really is not JSON.
    static func message(for data: Data) -> String? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: data) else { return nil }
        let fractions = fractions(in: value, at: [])
        if fractions.count == 1, let (path, number) = fractions.first {
            return "\(path.isEmpty ? "the body" : path.joined(separator: ".")) must be a whole number, got \(number)"
        }
        return "a number in the body does not fit its field: a whole number is expected, or a smaller one"
    }

    private static func fractions(in value: JSONValue, at path: [String]) -> [([String], Double)] {
        switch value {
        case .number(let number) where number != number.rounded():
            return [(path, number)]
        case .array(let items):
            return items.enumerated().flatMap { fractions(in: $1, at: path + ["[\($0)]"]) }
        case .object(let members):
            return members.sorted { $0.key < $1.key }.flatMap { fractions(in: $1, at: path + [$0]) }
        default:
            return []
        }
    }
}

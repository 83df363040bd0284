#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Stream ids: checked when a caller names one, made up when a start names none.
public enum StreamID {
    /// The longest stream id taken. Ids are map keys in the user's item, which holds at most a
    /// few hundred of them; a bound keeps the item far below DynamoDB's 400 KB.
    public static let maximumLength = 128

    /// `text` when it can be a stream id: 1 to 128 characters, not all white space, none of them
    /// control characters.
    public static func validated(_ text: String) throws(StreamRequestError) -> String {
        guard !text.isEmpty, text.count <= maximumLength else {
            throw StreamRequestError("streamId must have 1 to \(maximumLength) characters")
        }
        guard !text.allSatisfy(\.isWhitespace) else { throw StreamRequestError("streamId must not be blank") }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw StreamRequestError("streamId must not contain control characters")
        }
        return text
    }

    /// A fresh id for a start that names no stream, so that its lease can still expire and be ended.
    public static func generate() -> String {
        UUID().uuidString.lowercased()
    }
}

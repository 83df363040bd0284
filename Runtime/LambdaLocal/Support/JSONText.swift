import Foundation

/// Explains JSON problems in user-given files (events, env files) in one line.
enum JSONText {
    /// The parser's own words with the position ("Unexpected character 'x' around line 2, column 5."),
    /// or the path of the offending value, without Foundation's generic wrapper sentence.
    static func describe(_ error: any Error) -> String {
        if let decoding = error as? DecodingError {
            switch decoding {
            case .dataCorrupted(let context):
                if let underlying = context.underlyingError { return describe(underlying) }
                return context.debugDescription + at(context.codingPath)
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                return context.debugDescription + at(context.codingPath)
            case .keyNotFound(let key, let context):
                return "missing key \(key.stringValue)" + at(context.codingPath)
            @unknown default:
                return "\(decoding)"
            }
        }
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String {
            return detail
        }
        return error.localizedDescription
    }

    private static func at(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "" : " (at " + path.map(\.stringValue).joined(separator: ".") + ")"
    }
}

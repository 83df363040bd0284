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

    /// Like ``describe(_:)``, with Foundation's "around character N" turned into the line and column
    /// of `data` that a person can find in an editor.
    static func describe(_ error: any Error, in data: Data) -> String {
        let detail = describe(error)
        guard let range = detail.range(of: "character "),
              let offset = Int(detail[range.upperBound...].prefix { $0.isNumber })
        else { return detail }
        let prefix = data.prefix(max(0, min(offset, data.count)))
        let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? prefix.startIndex
        let column = prefix.distance(from: lineStart, to: prefix.endIndex) + 1
        let reason = detail[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: " around", with: "")
        return "\(reason) at line \(line), column \(column)"
    }

    private static func at(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "" : " (at " + path.map(\.stringValue).joined(separator: ".") + ")"
    }
}

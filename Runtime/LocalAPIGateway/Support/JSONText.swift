#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// JSON encoding with a fixed key order, so that events and answers are the same bytes every time.
enum JSONText {
    static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A JSON value as compact text; encoding a `JSONValue` cannot fail, hence no error.
    static func compact(_ value: JSONValue) -> String {
        (try? encoder().encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}

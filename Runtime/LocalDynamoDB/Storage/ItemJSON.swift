import Foundation
import LambdaEvents

/// Items as stored: DynamoDB JSON, so a row reads back exactly as it was written.
///
/// Items are written and read on every request, so they go through ``ItemJSONWriter`` and
/// ``ItemJSONReader`` rather than Foundation's coders; the text is the same, byte for byte, as
/// `JSONEncoder` with `.sortedKeys` writes, so state files from either read alike. Whatever the
/// fast paths decline (nesting Foundation refuses, text that is not plain stored JSON) goes to
/// Foundation, so its results and its errors are unchanged.
enum ItemJSON {
    static func encode(_ item: DynamoDBItem) throws -> String {
        var writer = ItemJSONWriter()
        do {
            try writer.write(item)
        } catch {
            return try foundationEncode(item)
        }
        return writer.text
    }

    static func decode(_ text: String) throws -> DynamoDBItem {
        do {
            return try ItemJSONReader.item(from: text)
        } catch {
            return try foundationDecode(text)
        }
    }

    /// Foundation's encoding of an item, the reference format.
    static func foundationEncode(_ item: DynamoDBItem) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(item), as: UTF8.self)
    }

    /// Foundation's reading of an item, the reference reading.
    static func foundationDecode(_ text: String) throws -> DynamoDBItem {
        try JSONDecoder().decode(DynamoDBItem.self, from: Data(text.utf8))
    }

    static func encode<T: Encodable>(value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}

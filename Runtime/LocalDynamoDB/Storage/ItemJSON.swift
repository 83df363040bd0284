import Foundation
import LambdaEvents

/// Items as stored: DynamoDB JSON, so a row reads back exactly as it was written.
enum ItemJSON {
    static func encode(_ item: DynamoDBItem) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(item), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> DynamoDBItem {
        try JSONDecoder().decode(DynamoDBItem.self, from: Data(text.utf8))
    }

    static func encode<T: Encodable>(value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}

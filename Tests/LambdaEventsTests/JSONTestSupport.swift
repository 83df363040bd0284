#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents
import Testing

/// Decodes `json` as `type`, the way a function decodes the event it was sent.
func decode<Value: Decodable>(_ type: Value.Type, from json: String) throws -> Value {
    try JSONDecoder().decode(type, from: Data(json.utf8))
}

/// Encodes `value` and reads the result back as a generic JSON tree, so tests can check the
/// exact wire shape without depending on key order.
func wireJSON(_ value: some Encodable) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
}

/// Encodes `value` and decodes it again, returning the copy.
func roundTripped<Value: Codable>(_ value: Value) throws -> Value {
    try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
}

/// The description of the `DecodingError` that decoding `json` as `type` throws, or `nil` when
/// decoding succeeds or throws something else.
func decodingErrorDescription<Value: Decodable>(_ type: Value.Type, from json: String) -> String? {
    do {
        _ = try decode(type, from: json)
        return nil
    } catch let DecodingError.dataCorrupted(context) {
        return context.debugDescription
    } catch let DecodingError.typeMismatch(_, context) {
        return context.debugDescription
    } catch let DecodingError.keyNotFound(key, _) {
        return "missing key \(key.stringValue)"
    } catch {
        return nil
    }
}

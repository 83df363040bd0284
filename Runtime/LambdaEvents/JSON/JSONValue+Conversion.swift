#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension JSONValue {
    /// Creates the JSON value that `value` encodes to.
    /// - Parameters:
    ///   - value: Any encodable value.
    ///   - encoder: The encoder whose strategies (dates, keys) shape the result.
    public init(encoding value: some Encodable, encoder: JSONEncoder = JSONEncoder()) throws {
        let data = try encoder.encode(value)
        self = try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// Decodes a typed value from this JSON value.
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - decoder: The decoder whose strategies (dates, keys) to apply.
    public func decode<Value: Decodable>(
        as type: Value.Type = Value.self,
        decoder: JSONDecoder = JSONDecoder()
    ) throws -> Value {
        let data = try JSONEncoder().encode(self)
        return try decoder.decode(type, from: data)
    }
}

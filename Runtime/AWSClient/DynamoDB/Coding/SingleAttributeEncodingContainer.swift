import LambdaEvents

/// Writes one value in place of a container.
struct SingleAttributeEncodingContainer: SingleValueEncodingContainer {
    let encoder: AttributeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {
        encoder.storage = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.storage = try encoder.box(value)
    }
}

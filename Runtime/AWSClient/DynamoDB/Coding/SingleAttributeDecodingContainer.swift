import LambdaEvents

/// Reads the decoder's one value in place of a container.
struct SingleAttributeDecodingContainer: SingleValueDecodingContainer {
    let decoder: AttributeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool {
        decoder.value == .null
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoder.unbox(decoder.value, as: type, at: nil)
    }
}

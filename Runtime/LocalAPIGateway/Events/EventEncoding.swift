import LambdaEvents

/// Encodes events from the `LambdaEvents` models, so that what a function receives is exactly the
/// shape it decodes.
enum EventEncoding {
    static func bytes(_ event: some Encodable) throws -> [UInt8] {
        Array(try JSONText.encoder().encode(event))
    }

    /// Encodes, then adjusts the JSON for what the model leaves out but API Gateway sends, such as
    /// the `null` members of `requestContext.identity`.
    static func bytes(_ event: some Encodable, adjusting adjust: (inout JSONValue) -> Void) throws -> [UInt8] {
        // Read back and written out again by hand: this runs for every request of a REST API, and
        // JSONValue's Codable round trip cost more than the encoding itself.
        var json = try JSONValueParser.parse(Array(JSONText.encoder().encode(event)))
        adjust(&json)
        var writer = JSONBytesWriter()
        writer.value(json)
        return writer.bytes
    }
}

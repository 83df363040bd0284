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
        var json = try JSONValue(encoding: event)
        adjust(&json)
        return Array(try JSONText.encoder().encode(json))
    }
}

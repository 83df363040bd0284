/// Why a request event's body could not be read.
public enum EventBodyError: Error, Sendable, Hashable {
    /// The request has no body, and the caller asked to decode one.
    case missingBody
    /// `isBase64Encoded` is true but the body is not valid base64.
    case invalidBase64
}

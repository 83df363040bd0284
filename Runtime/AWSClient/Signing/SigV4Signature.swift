/// The result of signing a request, with the intermediate texts SigV4 defines, so that a
/// signature that a service rejects can be compared step by step.
public struct SigV4Signature: Sendable, Equatable {
    /// The canonical request: method, URI, query, headers, signed header names and payload hash.
    public let canonicalRequest: String
    /// `AWS4-HMAC-SHA256`, the timestamp, the credential scope and the canonical request's hash.
    public let stringToSign: String
    /// The lowercase header names that were signed, joined with `;`.
    public let signedHeaders: String
    /// The signature, 64 lowercase hex digits.
    public let signature: String
    /// The value of the `Authorization` header.
    public let authorization: String
}

/// The key SigV4 signs with for one day, region and service, derived from the secret access key
/// by ``SigV4Signer/signingKey(dateStamp:)``.
public struct SigV4SigningKey: Sendable, Equatable {
    /// The key's 32 bytes (an HMAC-SHA256).
    public let bytes: [UInt8]
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Signs requests with AWS Signature Version 4, in the `Authorization` header.
///
/// The steps are the published ones: a canonical request, a string to sign that names the
/// credential scope (date, region, service), a signing key derived from the secret through that
/// scope, and an HMAC-SHA256 of the string to sign with that key.
public struct SigV4Signer: Sendable {
    /// The keys to sign with.
    public var credentials: AWSCredentials
    /// The region of the credential scope, such as `us-east-1`.
    public var region: String
    /// The service of the credential scope, such as `dynamodb` or `events`.
    public var service: String
    /// Shared by copies of the signer: entries name everything a key depends on.
    private let keyCache = SigningKeyCache()

    /// Creates a signer for one region and service.
    public init(credentials: AWSCredentials, region: String, service: String) {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// The request with `X-Amz-Date`, `X-Amz-Security-Token` (for temporary credentials) and
    /// `Authorization` added; any earlier values of those headers are replaced.
    /// - Parameter payloadHash: The body's SHA-256 in lowercase hex, when already known.
    public func sign(_ request: SignableRequest, at time: SigV4Timestamp, payloadHash: String? = nil) -> SignableRequest {
        var signed = request
        let replaced: Set<String> = ["authorization", "x-amz-date", "x-amz-security-token"]
        signed.headers.removeAll { replaced.contains($0.name.lowercased()) }
        signed.headers.append((name: "X-Amz-Date", value: time.amzDate))
        if let token = credentials.sessionToken {
            signed.headers.append((name: "X-Amz-Security-Token", value: token))
        }
        let signature = signature(for: signed, at: time, payloadHash: payloadHash)
        signed.headers.append((name: "Authorization", value: signature.authorization))
        return signed
    }

    /// Signs the request as it is: its headers must already include `Host` and `X-Amz-Date`
    /// (and `X-Amz-Security-Token` for temporary credentials), as ``sign(_:at:payloadHash:)`` adds them.
    public func signature(for request: SignableRequest, at time: SigV4Timestamp, payloadHash: String? = nil)
        -> SigV4Signature
    {
        let headers = Self.canonicalHeaders(request.headers)
        let hash = payloadHash ?? SHA256.hash(request.body).lowercaseHex
        let canonicalRequest = [
            request.method,
            Self.canonicalURI(request.path),
            Self.canonicalQuery(request.query),
            headers.block,
            headers.signedNames,
            hash,
        ].joined(separator: "\n")
        let scope = "\(time.dateStamp)/\(region)/\(service)/aws4_request"
        let stringToSign = [
            "AWS4-HMAC-SHA256",
            time.amzDate,
            scope,
            SHA256.hash(Array(canonicalRequest.utf8)).lowercaseHex,
        ].joined(separator: "\n")
        let key = keyCache.key(secret: credentials.secretAccessKey, scope: scope) {
            signingKey(dateStamp: time.dateStamp)
        }
        let signature = SHA256.authenticationCode(for: Array(stringToSign.utf8), key: key.bytes).lowercaseHex
        let authorization = "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), "
            + "SignedHeaders=\(headers.signedNames), Signature=\(signature)"
        return SigV4Signature(
            canonicalRequest: canonicalRequest,
            stringToSign: stringToSign,
            signedHeaders: headers.signedNames,
            signature: signature,
            authorization: authorization
        )
    }

    /// The key for one day, region and service: the secret, prefixed with `AWS4`, HMAC'd through
    /// the date, the region, the service and `aws4_request` in turn.
    public func signingKey(dateStamp: some StringProtocol) -> SigV4SigningKey {
        var key = Array("AWS4\(credentials.secretAccessKey)".utf8)
        for part in [String(dateStamp), region, service, "aws4_request"] {
            key = SHA256.authenticationCode(for: Array(part.utf8), key: key)
        }
        return SigV4SigningKey(bytes: key)
    }
}

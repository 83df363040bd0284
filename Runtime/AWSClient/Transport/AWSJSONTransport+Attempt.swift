#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CurlHTTP

extension AWSJSONTransport {
    /// The result of one attempt: the answer, or the error with the delay the service asked for.
    enum AttemptOutcome {
        case success(CurlResponse)
        case failure(AWSError, retryAfter: Duration?)
    }

    static let userAgent = "swift-lambda-host-awsclient/1.0"

    /// One signed request and its classification. Blocks the calling thread for the transfer.
    func perform(_ operation: String, body: Data, payloadHash: String, attempt: Int) -> AttemptOutcome {
        let unsigned = SignableRequest(
            method: "POST",
            path: endpoint.path,
            headers: [
                (name: "Host", value: endpoint.hostHeader),
                (name: "Content-Type", value: service.contentType),
                (name: "X-Amz-Target", value: "\(service.targetPrefix).\(operation)"),
                // The SDKs' attempt counter: lets servers and logs tell retries from new requests.
                (name: "amz-sdk-request", value: "attempt=\(attempt); max=\(retryPolicy.maxAttempts)"),
            ],
            body: body)
        let signed = signer.sign(unsigned, at: .now(), payloadHash: payloadHash)
        let request = CurlRequest(
            method: "POST",
            url: endpoint.url,
            headers: signed.headers.map { ($0.name, $0.value) } + [("User-Agent", Self.userAgent)],
            body: body,
            timeout: requestTimeout)
        let response: CurlResponse
        do {
            response = try connection.perform(request)
        } catch {
            return .failure(AWSError(connection: error, service: service), retryAfter: nil)
        }
        if let expected = response.headers["x-amz-crc32"].flatMap(UInt32.init), expected != CRC32.checksum(response.body) {
            var error = AWSError(
                undecodable: response, service: service, reason: "the answer's CRC32 does not match x-amz-crc32")
            error.code = .checksumMismatch
            return .failure(error, retryAfter: nil)
        }
        guard (200..<300).contains(response.status) else {
            let retryAfter = response.headers["x-amz-retry-after"].flatMap(Int.init).map { Duration.milliseconds(max($0, 0)) }
            return .failure(AWSError(response: response, service: service), retryAfter: retryAfter)
        }
        return .success(response)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CurlHTTP

/// The AWS JSON protocols (1.0 and 1.1) over one kept-alive libcurl connection: every operation
/// is a signed `POST` of a JSON body to the endpoint, named by `X-Amz-Target`.
///
/// Each attempt is signed anew (the signature covers the time), sent while holding the
/// connection's lock, and classified; retryable failures wait out a jittered backoff, without
/// holding the lock, before the next attempt.
final class AWSJSONTransport: Sendable {
    let service: AWSService
    let endpoint: AWSEndpoint
    let signer: SigV4Signer
    let retryPolicy: RetryPolicy
    let requestTimeout: Duration
    let connection: LockedConnection
    private let quota = RetryQuota()

    init(service: AWSService, configuration: AWSConfiguration, retryPolicy: RetryPolicy) throws(AWSError) {
        self.service = service
        self.endpoint = configuration.endpoint(for: service)
        self.signer = SigV4Signer(
            credentials: configuration.credentials, region: configuration.region, service: service.signingName)
        self.retryPolicy = retryPolicy
        self.requestTimeout = configuration.requestTimeout
        do {
            connection = try LockedConnection(options: configuration.connectionOptions)
        } catch {
            throw AWSError(connection: error, service: service)
        }
    }

    /// Calls `operation` with `input` encoded as JSON and decodes the answer as `Output`.
    func call<Input: Encodable, Output: Decodable>(
        _ operation: String,
        _ input: Input,
        returning output: Output.Type = Output.self
    ) async throws(AWSError) -> Output {
        let response = try await send(operation, body: encode(input))
        do {
            return try JSONDecoder().decode(Output.self, from: response.body)
        } catch {
            throw AWSError(undecodable: response, service: service, reason: "\(operation) answer: \(error)")
        }
    }

    /// Sends the body as `operation`, retrying as the policy says, and returns the successful answer.
    func send(_ operation: String, body: Data) async throws(AWSError) -> CurlResponse {
        let payloadHash = SHA256.hash(body).lowercaseHex
        var lastRetryCost: Int?
        var attempt = 1
        while true {
            var (error, retryAfter): (AWSError, Duration?)
            switch perform(operation, body: body, payloadHash: payloadHash, attempt: attempt) {
            case .success(let response):
                if retryPolicy.usesRetryQuota { quota.release(lastRetryCost: lastRetryCost) }
                return response
            case .failure(let failure, let delay):
                (error, retryAfter) = (failure, delay)
            }
            error.attempts = attempt
            guard error.isRetryable, attempt < retryPolicy.maxAttempts, !Task.isCancelled else { throw error }
            if retryPolicy.usesRetryQuota {
                guard let cost = quota.acquire(afterThrottling: error.isThrottling) else { throw error }
                lastRetryCost = cost
            }
            let delay = retryPolicy.backoff(
                beforeRetry: attempt, afterThrottling: error.isThrottling, retryAfter: retryAfter,
                random: Double.random(in: 0..<1))
            // A cancelled sleep ends early, and the caller gets the last error instead of another attempt.
            try? await Task.sleep(for: delay)
            if Task.isCancelled { throw error }
            attempt += 1
        }
    }

    /// What is left of the retry quota, for tests.
    var remainingRetryQuota: Int { quota.remaining }

    private func encode(_ input: some Encodable) throws(AWSError) -> Data {
        do {
            return try JSONEncoder().encode(input)
        } catch {
            throw AWSError(
                kind: .invalidRequest, code: .invalidRequest, message: "the request cannot be encoded: \(error)",
                service: service.signingName)
        }
    }
}

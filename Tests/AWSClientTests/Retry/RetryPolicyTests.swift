@testable import AWSClient
import CurlHTTP
import Testing

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(25), throttlingBaseDelay: .seconds(1), maxBackoff: .seconds(20))

    @Test func theBackoffGrowsExponentiallyUpToTheCap() {
        let delays = (1...8).map { policy.backoff(beforeRetry: $0, afterThrottling: true, random: 0.999_999_9) }
        let seconds = delays.map { ($0.seconds * 1_000).rounded() / 1_000 }
        #expect(seconds == [1, 2, 4, 8, 16, 20, 20, 20])
    }

    @Test func theJitterIsFull() {
        #expect(policy.backoff(beforeRetry: 3, afterThrottling: false, random: 0) == .zero)
        #expect(policy.backoff(beforeRetry: 3, afterThrottling: false, random: 0.5) == .milliseconds(50))
        #expect(policy.backoff(beforeRetry: 1, afterThrottling: false, random: 0.5) == .microseconds(12_500))
    }

    @Test func aRequestedDelayIsHonouredWithinFiveSecondsOfTheBackoff() {
        #expect(policy.backoff(beforeRetry: 1, afterThrottling: true, retryAfter: .seconds(3), random: 0.5) == .seconds(3))
        #expect(policy.backoff(beforeRetry: 1, afterThrottling: true, retryAfter: .seconds(60), random: 0.5) == .seconds(5.5))
        #expect(policy.backoff(beforeRetry: 1, afterThrottling: true, retryAfter: .zero, random: 0.5) == .seconds(0.5))
    }

    @Test func theDefaultsAreTheSDKs() {
        #expect(RetryPolicy.dynamoDB.maxAttempts == 4)
        #expect(RetryPolicy.dynamoDB.baseDelay == .milliseconds(25))
        #expect(RetryPolicy.standard.maxAttempts == 3)
        #expect(RetryPolicy.standard.maxBackoff == .seconds(20))
        #expect(RetryPolicy.none.maxAttempts == 1)
    }

    static func serviceError(_ code: String, status: Int = 400) -> AWSError {
        AWSError(kind: .service, code: AWSError.Code(rawValue: code), message: "", statusCode: status)
    }

    @Test(arguments: [
        "ThrottlingException", "ProvisionedThroughputExceededException", "RequestLimitExceeded",
        "TransactionInProgressException", "LimitExceededException", "SlowDown",
    ])
    func throttlingIsRetriedAsThrottling(code: String) {
        let error = Self.serviceError(code)
        #expect(error.isThrottling)
        #expect(error.isRetryable)
    }

    @Test(arguments: [500, 502, 503, 504])
    func serverErrorsAreRetried(status: Int) {
        let error = Self.serviceError("InternalServerError", status: status)
        #expect(error.isRetryable)
        #expect(!error.isThrottling)
    }

    @Test func tooManyRequestsIsThrottling() {
        #expect(Self.serviceError("Whatever", status: 429).isThrottling)
    }

    @Test(arguments: [
        "ConditionalCheckFailedException", "ValidationException", "TransactionCanceledException",
        "ResourceNotFoundException", "AccessDeniedException", "UnrecognizedClientException",
    ])
    func clientErrorsAreNeverRetried(code: String) {
        #expect(!Self.serviceError(code).isRetryable)
    }

    @Test func brokenConnectionsAreRetriedButTLSFailuresAreNot() {
        func connection(_ code: CurlError.Code) -> AWSError {
            AWSError(
                kind: .connection, code: .connectionFailed, message: "",
                connectionError: CurlError(code: code, curlCode: 0, message: ""))
        }
        #expect(connection(.couldNotConnect).isRetryable)
        #expect(connection(.connectionLost).isRetryable)
        #expect(connection(.timedOut).isRetryable)
        #expect(!connection(.tls).isRetryable)
        #expect(!connection(.aborted).isRetryable)
    }

    @Test func theQuotaRunsOutAndIsPaidBack() {
        let quota = RetryQuota()
        var granted = 0
        while quota.acquire(afterThrottling: false) != nil { granted += 1 }
        #expect(granted == RetryQuota.capacity / RetryQuota.retryCost)
        #expect(quota.acquire(afterThrottling: true) == RetryQuota.throttlingRetryCost)
        quota.release(lastRetryCost: 14)
        #expect(quota.acquire(afterThrottling: false) == 14)
        let before = quota.remaining
        quota.release(lastRetryCost: nil)
        #expect(quota.remaining == before + 1)
    }
}

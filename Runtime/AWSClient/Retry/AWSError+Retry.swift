extension AWSError {
    /// The codes the AWS SDKs treat as throttling: retried, with the longer backoff.
    static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// The codes the AWS SDKs treat as transient failures: retried.
    static let transientCodes: Set<String> = ["RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"]

    /// The statuses of transient failures: server errors and the gateways in front of servers.
    static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// Whether the service said to slow down (a throttling code, or HTTP 429).
    public var isThrottling: Bool {
        kind == .service && (Self.throttlingCodes.contains(code.rawValue) || statusCode == 429)
    }

    /// Whether the failure is likely to pass if the same request is sent again.
    public var isRetryable: Bool {
        switch kind {
        case .service:
            isThrottling || Self.transientCodes.contains(code.rawValue)
                || statusCode.map(Self.transientStatuses.contains) == true
        case .connection:
            // A TLS failure is a configuration problem (CA bundle, clock) and an abort is the
            // caller's decision: neither gets better by trying again.
            switch connectionError?.code {
            case .couldNotConnect, .timedOut, .connectionLost: true
            default: false
            }
        case .invalidResponse:
            code == .checksumMismatch
        case .invalidRequest, .configuration:
            false
        }
    }
}

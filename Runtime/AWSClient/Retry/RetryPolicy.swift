/// How a client retries, after the AWS SDKs' standard retry mode: a bounded number of attempts,
/// capped exponential backoff with full jitter, and a shared retry quota that stops retries when
/// most attempts are failing anyway.
///
/// Retried: throttling errors, HTTP 500, 502, 503 and 504, the transient codes
/// (`RequestTimeout`, `RequestTimeoutException`, `PriorRequestNotComplete`), answers whose
/// checksum does not match, and connections that failed, broke or timed out. Never retried:
/// everything else, including conditional-check failures and validation errors.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first included; 1 means no retries.
    public var maxAttempts: Int
    /// The scale of the backoff after errors that are not throttling: the retry after the first
    /// attempt waits up to this long, each later one up to twice as long as the one before.
    public var baseDelay: Duration
    /// The scale of the backoff after throttling errors, larger because throttling lasts.
    public var throttlingBaseDelay: Duration
    /// The longest any one backoff may be.
    public var maxBackoff: Duration
    /// Whether retries draw on a retry quota shared by all requests of the client (500 units; a
    /// retry costs 14, or 5 after throttling; a success pays back 1, or what its retries cost).
    public var usesRetryQuota: Bool

    /// Creates a policy.
    public init(
        maxAttempts: Int,
        baseDelay: Duration,
        throttlingBaseDelay: Duration,
        maxBackoff: Duration = .seconds(20),
        usesRetryQuota: Bool = true
    ) {
        self.maxAttempts = max(maxAttempts, 1)
        self.baseDelay = baseDelay
        self.throttlingBaseDelay = throttlingBaseDelay
        self.maxBackoff = maxBackoff
        self.usesRetryQuota = usesRetryQuota
    }

    /// The standard mode's defaults: 3 attempts, backoff scales of 50 ms and 1 s, at most 20 s.
    public static let standard = RetryPolicy(
        maxAttempts: 3, baseDelay: .milliseconds(50), throttlingBaseDelay: .seconds(1))

    /// DynamoDB's defaults in the standard mode: 4 attempts, backoff scales of 25 ms and 1 s.
    public static let dynamoDB = RetryPolicy(
        maxAttempts: 4, baseDelay: .milliseconds(25), throttlingBaseDelay: .seconds(1))

    /// A single attempt, never retried.
    public static let none = RetryPolicy(
        maxAttempts: 1, baseDelay: .zero, throttlingBaseDelay: .zero, usesRetryQuota: false)
}

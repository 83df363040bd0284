extension RetryPolicy {
    /// How long to wait before retry number `retry` (1 for the retry after the first attempt):
    /// `random * min(scale * 2^(retry - 1), maxBackoff)`, the "full jitter" that spreads clients out.
    ///
    /// When the service asked for a delay (`x-amz-retry-after`), the wait is that delay, but no
    /// shorter than the jittered backoff and at most 5 seconds longer.
    ///
    /// - Parameter random: A number in `0..<1`; the caller's source of randomness.
    public func backoff(beforeRetry retry: Int, afterThrottling throttled: Bool, retryAfter: Duration? = nil,
                        random: Double) -> Duration {
        let scale = throttled ? throttlingBaseDelay : baseDelay
        let exponent = min(max(retry - 1, 0), 62)
        let growth = Double(sign: .plus, exponent: exponent, significand: 1)
        let cap = min(scale.seconds * growth, maxBackoff.seconds)
        let jittered = min(max(random, 0), 1) * cap
        guard let retryAfter else { return .seconds(jittered) }
        return .seconds(max(jittered, min(retryAfter.seconds, jittered + 5)))
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

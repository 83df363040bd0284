#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard retry mode's token bucket, one per client: retries spend from it, successes pay
/// back. When a service is down, every request fails and the bucket empties, so the client stops
/// multiplying the load by its retries and fails fast until answers come back.
final class RetryQuota: @unchecked Sendable {
    static let capacity = 500
    static let retryCost = 14
    static let throttlingRetryCost = 5
    static let successReward = 1

    private let lock = ThreadLock()
    private var available = RetryQuota.capacity

    /// Takes the cost of one retry; `nil` when the bucket cannot pay, and the retry must not happen.
    func acquire(afterThrottling throttled: Bool) -> Int? {
        let cost = throttled ? Self.throttlingRetryCost : Self.retryCost
        return lock.withLock {
            guard available >= cost else { return nil }
            available -= cost
            return cost
        }
    }

    /// Pays back after a success: what its last retry cost, or the reward for needing none.
    func release(lastRetryCost: Int?) {
        let amount = lastRetryCost ?? Self.successReward
        lock.withLock { available = min(available + amount, Self.capacity) }
    }

    /// What is left, for tests and diagnostics.
    var remaining: Int { lock.withLock { available } }
}

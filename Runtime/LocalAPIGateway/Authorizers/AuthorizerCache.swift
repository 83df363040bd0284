#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Lambda authorizers' answers, kept for their authorizer's `ReauthorizeEvery` per caller identity,
/// as API Gateway caches them: a cached policy is checked again against each method it is used for.
final class AuthorizerCache: Sendable {
    /// An authorizer of an API, and the values of its identity sources in a request.
    struct Key: Hashable, Sendable {
        let apiLogicalId: String
        let authorizer: String
        let identity: [String]
    }

    /// Enough callers for any local session; past it, expired answers go, then everything.
    static let capacity = 10_000

    private let entries = Mutex<[Key: (answer: LambdaAuthorizerAnswer, expires: Date)]>([:])

    /// The answer kept for `key`, unless it has expired.
    func answer(for key: Key, now: Date) -> LambdaAuthorizerAnswer? {
        entries.withLock { entries in
            guard let entry = entries[key] else { return nil }
            guard entry.expires > now else {
                entries[key] = nil
                return nil
            }
            return entry.answer
        }
    }

    /// Keeps `answer` for `seconds`.
    func keep(_ answer: LambdaAuthorizerAnswer, for key: Key, seconds: Int, now: Date) {
        guard seconds > 0 else { return }
        entries.withLock { entries in
            if entries.count >= Self.capacity {
                entries = entries.filter { $0.value.expires > now }
                if entries.count >= Self.capacity { entries = [:] }
            }
            entries[key] = (answer, now.addingTimeInterval(TimeInterval(seconds)))
        }
    }
}

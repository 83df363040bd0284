import Foundation

/// Where accepted asynchronous invocations wait until they are delivered.
///
/// A durable store (lambda-local's SQLite state) keeps them across a crash or restart: an event
/// that was accepted is delivered at least once, as Lambda's own queue promises.
public protocol PendingInvocationStore: Sendable {
    /// Adds invocations, all or none, due now.
    func add(_ requests: [AsyncInvocationRequest]) async throws

    /// Takes up to `limit` invocations due at `now` that nobody has taken, and marks them taken.
    func claimDue(at now: Date, limit: Int) async throws -> [PendingInvocation]

    /// When the next untaken invocation falls due, or `nil` when none waits.
    func nextDueDate() async throws -> Date?

    /// Puts a taken invocation back, to be tried again at `date`.
    func retry(_ id: Int64, failedAttempts: Int, at date: Date) async throws

    /// Forgets a delivered (or finally failed) invocation.
    func remove(_ id: Int64) async throws
}

import LambdaEvents

/// Times out the pending requests nobody answered in time.
///
/// The index it reads is eventually consistent and a supervisor may answer while the sweep runs,
/// so every request found is checked again against its record inside the transaction that times
/// it out; one that was answered, deleted or is not old enough after all is left alone.
public struct TimeoutSweep: Sendable {
    let store: SupervisorRequestStore
    let pageSize: Int

    /// Sweeps through `store`, reading `pageSize` requests at a time.
    public init(store: SupervisorRequestStore, pageSize: Int = 100) {
        self.store = store
        self.pageSize = pageSize
    }

    /// What a sweep did.
    public struct Report: Sendable, Hashable, Encodable {
        /// Requests that became NOT_PENDING / TIMEOUT.
        public var timedOut = 0
        /// Requests found but left alone (answered or deleted meanwhile).
        public var leftAlone = 0
        /// Whether the sweep stopped before the end (time ran short); the next one continues.
        public var stoppedEarly = false
    }

    /// Times out pending requests made before `cutoff` (epoch milliseconds).
    /// - Parameter shouldContinue: Asked before each request; `false` stops the sweep (the
    ///   invocation's time is running out), leaving the rest for the next run.
    public func run(cutoff: Int64, shouldContinue: @Sendable () -> Bool = { true }) async throws -> Report {
        var report = Report()
        var start: DynamoDBItem? = nil
        repeat {
            guard shouldContinue() else {
                report.stoppedEarly = true
                return report
            }
            let page = try await store.pendingRequests(madeBefore: cutoff, limit: pageSize, after: start)
            for found in page.requests {
                guard shouldContinue() else {
                    report.stoppedEarly = true
                    return report
                }
                do {
                    _ = try await store.resolve(found.requestId, in: found.storeId, with: .timeout, olderThan: cutoff)
                    report.timedOut += 1
                } catch {
                    guard error is RequestProblem else { throw error }
                    report.leftAlone += 1
                }
            }
            start = page.next
        } while start != nil
        return report
    }
}

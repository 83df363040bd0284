import Foundation
import Synchronization

/// Pending invocations kept in memory: for `--in-memory` runs and tests, where nothing outlives
/// the process anyway.
public final class InMemoryPendingInvocations: PendingInvocationStore {
    private struct Entry {
        var invocation: PendingInvocation
        var dueAt: Date
        var claimed = false
    }

    private struct State {
        var entries: [Int64: Entry] = [:]
        var nextID: Int64 = 1
    }

    private let state = Mutex(State())

    /// Creates an empty store.
    public init() {}

    public func add(_ requests: [AsyncInvocationRequest]) async throws {
        let now = Date()
        state.withLock { state in
            for request in requests {
                let id = state.nextID
                state.nextID += 1
                let invocation = PendingInvocation(
                    id: id, functionName: request.functionName, requestID: request.requestID,
                    payload: request.payload, origin: request.origin, tenantID: request.tenantID)
                state.entries[id] = Entry(invocation: invocation, dueAt: now)
            }
        }
    }

    public func claimDue(at now: Date, limit: Int) async throws -> [PendingInvocation] {
        state.withLock { state in
            let due = state.entries.values
                .filter { !$0.claimed && $0.dueAt <= now }
                .sorted { ($0.dueAt, $0.invocation.id) < ($1.dueAt, $1.invocation.id) }
                .prefix(limit)
            for entry in due { state.entries[entry.invocation.id]?.claimed = true }
            return due.map(\.invocation)
        }
    }

    public func nextDueDate() async throws -> Date? {
        state.withLock { state in state.entries.values.filter { !$0.claimed }.map(\.dueAt).min() }
    }

    public func retry(_ id: Int64, failedAttempts: Int, at date: Date) async throws {
        state.withLock { state in
            state.entries[id]?.invocation.failedAttempts = failedAttempts
            state.entries[id]?.dueAt = date
            state.entries[id]?.claimed = false
        }
    }

    public func remove(_ id: Int64) async throws {
        _ = state.withLock { state in state.entries.removeValue(forKey: id) }
    }

    /// How many invocations wait or are being delivered.
    public var count: Int { state.withLock { $0.entries.count } }
}

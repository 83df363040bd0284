import LocalHTTP
import NIOCore
import NIOHTTP1
import Synchronization

/// Every state the Runtime API of one instance can be in, behind one lock.
///
/// Continuations and completions are never resumed or called while the lock is held: each
/// transition returns the resumptions it causes, and the caller performs them after unlocking.
struct RuntimeAPIState {
    /// Set by the first `/next`: init is over.
    var initialized = false
    /// Set by `/runtime/init/error`.
    var initError: FunctionError?
    /// Set once the instance is ending; from then on nothing new is accepted.
    var terminated: AbandonReason?
    var initWaiters: [CheckedContinuation<InitOutcome, Never>] = []
    /// Events waiting for a `/next`.
    var queued: [InvocationRequest] = []
    /// `/next` requests waiting for an event, oldest first, by waiter number. Each is handed its
    /// event (or `nil` when the instance is ending) through its closure.
    var nextWaiters: [(id: Int, deliver: @Sendable (InvocationRequest?) -> Void)] = []
    /// Invocations handed out (or queued) and not yet answered, by request id: the invocation id the
    /// runtime must echo, and whom to tell the outcome.
    var inFlight: [String: (invocationID: String, complete: @Sendable (InvocationOutcome) -> Void)] = [:]
    /// Request ids that were answered or abandoned, so that a second answer is told apart from an
    /// unknown id (403 rather than 400).
    var finished = RecentRequestIDs(capacity: 1_024)
    /// Request ids and invocation ids of invocations that timed out, so that a late answer is told
    /// apart (410 rather than 403 or 400), as Lambda tells it apart.
    var timedOut = RecentRequestIDs(capacity: 1_024)
    /// Answers accepted with their invocation id echoed: what tells a runtime that echoes apart from
    /// one whose answers are taken on trust without it.
    var echoedAnswers = 0
}

/// A resumption to perform once the lock is released.
enum Resumption {
    case initOutcome(CheckedContinuation<InitOutcome, Never>, InitOutcome)
    case next(@Sendable (InvocationRequest?) -> Void, InvocationRequest?)
    case invocation(@Sendable (InvocationOutcome) -> Void, InvocationOutcome)

    func perform() {
        switch self {
        case .initOutcome(let continuation, let value): continuation.resume(returning: value)
        case .next(let deliver, let value): deliver(value)
        case .invocation(let completion, let value): completion(value)
        }
    }
}

/// The outcome of an answer posted by the runtime.
enum AnswerVerdict: Equatable {
    case accepted
    case unknownRequestID
    case alreadyAnswered
    /// The invocation timed out before this answer came.
    case tooLate
    /// The echoed invocation id is not the one the invocation in flight carries: an answer meant for
    /// another attempt of the same request (a retry reuses the request id).
    case wrongInvocationID(expected: String)
}

/// The lock-protected state and its transitions.
final class RuntimeAPIStateBox: Sendable {
    private let mutex = Mutex(RuntimeAPIState())
    private let waiterNumbers = Atomic<Int>(0)

    private func transition(_ body: (inout sending RuntimeAPIState) -> sending [Resumption]) {
        let resumptions = mutex.withLock(body)
        for resumption in resumptions { resumption.perform() }
    }

    func waitForInit() async -> InitOutcome {
        await withCheckedContinuation { continuation in
            transition { state in
                if state.initialized { return [.initOutcome(continuation, .ready)] }
                if let error = state.initError { return [.initOutcome(continuation, .failed(error))] }
                if let reason = state.terminated { return [.initOutcome(continuation, .abandoned(reason))] }
                state.initWaiters.append(continuation)
                return []
            }
        }
    }

    /// Hands `request` to a waiting `/next` (or queues it for the next one); `completion` gets the
    /// outcome, on the thread that learns it.
    func invoke(_ request: InvocationRequest, completion: @escaping @Sendable (InvocationOutcome) -> Void) {
        transition { state in
            if let reason = state.terminated { return [.invocation(completion, .abandoned(reason))] }
            state.inFlight[request.requestID] = (request.invocationID, completion)
            if !state.nextWaiters.isEmpty {
                let waiter = state.nextWaiters.removeFirst()
                return [.next(waiter.deliver, request)]
            }
            state.queued.append(request)
            return []
        }
    }

    /// Called for each `/next`: `deliver` gets the event to hand out (now, or when one arrives), or
    /// `nil` when the instance is ending. Returns a number to ``forgetNext(_:)`` the wait with.
    func next(deliver: @escaping @Sendable (InvocationRequest?) -> Void) -> Int {
        let waiterID = waiterNumbers.add(1, ordering: .relaxed).newValue
        transition { state in
            var resumptions: [Resumption] = []
            if !state.initialized {
                state.initialized = true
                resumptions = state.initWaiters.map { .initOutcome($0, .ready) }
                state.initWaiters = []
            }
            if state.terminated != nil {
                return resumptions + [.next(deliver, nil)]
            }
            if !state.queued.isEmpty {
                return resumptions + [.next(deliver, state.queued.removeFirst())]
            }
            state.nextWaiters.append((waiterID, deliver))
            return resumptions
        }
        return waiterID
    }

    /// How many `/next` wait for an event now.
    var waitingForEvents: Int { mutex.withLock { $0.nextWaiters.count } }

    /// How many answers came with their invocation id echoed.
    var echoedAnswers: Int { mutex.withLock { $0.echoedAnswers } }

    /// Forgets a `/next` whose runtime went away before an event came for it.
    func forgetNext(_ waiterID: Int) {
        transition { state in
            state.nextWaiters.removeAll { $0.id == waiterID }
            return []
        }
    }

    /// Takes the runtime's answer for `requestID`; `invocationID` is the id it echoed, `nil` when it
    /// echoed none (runtimes older than the header), which is taken on trust.
    func answer(requestID: String, invocationID: String?, outcome: InvocationOutcome) -> AnswerVerdict {
        var verdict = AnswerVerdict.accepted
        transition { state in
            guard let entry = state.inFlight[requestID] else {
                verdict = state.timedOut.contains(invocationID ?? requestID) ? .tooLate
                    : state.finished.contains(requestID) ? .alreadyAnswered : .unknownRequestID
                return []
            }
            if let invocationID, invocationID != entry.invocationID {
                verdict = state.timedOut.contains(invocationID) ? .tooLate : .wrongInvocationID(expected: entry.invocationID)
                return []
            }
            state.inFlight[requestID] = nil
            state.finished.insert(requestID)
            if invocationID != nil { state.echoedAnswers += 1 }
            return [.invocation(entry.complete, outcome)]
        }
        return verdict
    }

    /// Records an init error. Returns `false` when init was already over, which makes the post invalid.
    func reportInitError(_ error: FunctionError) -> Bool {
        var accepted = true
        transition { state in
            guard !state.initialized, state.initError == nil else {
                accepted = false
                return []
            }
            state.initError = error
            let waiters = state.initWaiters
            state.initWaiters = []
            return waiters.map { .initOutcome($0, .failed(error)) }
        }
        return accepted
    }

    func abandon(requestID: String, reason: AbandonReason) {
        transition { state in
            state.queued.removeAll { $0.requestID == requestID }
            guard let entry = state.inFlight.removeValue(forKey: requestID) else { return [] }
            state.finished.insert(requestID)
            if reason == .timedOut {
                state.timedOut.insert(requestID)
                state.timedOut.insert(entry.invocationID)
            }
            return [.invocation(entry.complete, .abandoned(reason))]
        }
    }

    func terminate(reason: AbandonReason) {
        transition { state in
            guard state.terminated == nil else { return [] }
            state.terminated = reason
            var resumptions: [Resumption] = state.initWaiters.map { .initOutcome($0, .abandoned(reason)) }
            resumptions += state.nextWaiters.map { .next($0.deliver, nil) }
            for (requestID, entry) in state.inFlight {
                state.finished.insert(requestID)
                resumptions.append(.invocation(entry.complete, .abandoned(reason)))
            }
            state.initWaiters = []
            state.nextWaiters = []
            state.inFlight = [:]
            state.queued = []
            return resumptions
        }
    }
}

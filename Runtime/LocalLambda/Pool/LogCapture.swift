import Synchronization

/// Keeps the lines of an instance's invocations while they run, for callers that asked for their logs.
///
/// An instance that runs several invocations at once (Managed Instances) writes their lines into one
/// stream, with nothing that says which line is whose: each capture gets every line written while it
/// runs.
final class LogCapture: Sendable {
    private let captures = Mutex<[String: [String]]>([:])

    func begin(_ requestID: String) {
        captures.withLock { $0[requestID] = [] }
    }

    func append(_ line: String) {
        captures.withLock { captures in
            guard !captures.isEmpty else { return }
            for key in captures.keys { captures[key]?.append(line) }
        }
    }

    func end(_ requestID: String) -> [String] {
        captures.withLock { $0.removeValue(forKey: requestID) ?? [] }
    }
}

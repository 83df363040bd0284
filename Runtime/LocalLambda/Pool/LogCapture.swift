import Synchronization

/// Keeps the lines of one invocation while it runs, for callers that asked for its logs.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]?>(nil)

    func begin() {
        lines.withLock { $0 = [] }
    }

    func append(_ line: String) {
        lines.withLock { $0?.append(line) }
    }

    func end() -> [String] {
        lines.withLock { lines in
            defer { lines = nil }
            return lines ?? []
        }
    }
}

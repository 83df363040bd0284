import Foundation

/// Runs work on a thread of its own with a small stack, to show that a recursive parser stops at
/// its depth limit rather than overflowing: deep input that the main thread's 8 MB would survive
/// crashes the process here, as it would on a concurrency pool thread (about 512 KB).
public enum SmallStack {
    /// The stack of a Swift concurrency pool thread, roughly.
    public static let poolThreadSize = 512 * 1_024

    /// Runs `body` on a new thread whose stack holds `size` bytes, and returns what it returns.
    public static func run<Value: Sendable>(
        size: Int = poolThreadSize, _ body: @escaping @Sendable () -> Value
    ) -> Value {
        let result = ResultSlot<Value>()
        let thread = Thread {
            result.store(body())
        }
        thread.stackSize = size
        thread.start()
        return result.wait()
    }

    /// ``run(size:_:)`` for async callers: the caller's thread is not held while `body` runs.
    public static func awaiting<Value: Sendable>(
        size: Int = poolThreadSize, _ body: @escaping @Sendable () -> Value
    ) async -> Value {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: body()) }
            thread.stackSize = size
            thread.start()
        }
    }
}

/// One value handed from the small-stack thread to the caller.
private final class ResultSlot<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value?

    func store(_ newValue: Value) {
        condition.lock()
        value = newValue
        condition.signal()
        condition.unlock()
    }

    func wait() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }
}

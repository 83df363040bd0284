import Foundation

/// Runs `body` on a thread of its own whose stack is `bytes` long, the size of the smallest stacks
/// the store's work may run on (Swift's concurrency pool), so a test proves a depth bound holds
/// there rather than on the main thread's 8 MB.
func onSmallStack<Output: Sendable>(bytes: Int = 512 * 1024, _ body: @escaping @Sendable () -> Output) async -> Output {
    await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: body()) }
        thread.stackSize = bytes
        thread.start()
    }
}

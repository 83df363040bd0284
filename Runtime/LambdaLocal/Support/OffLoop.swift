import Foundation

/// Runs blocking work (a build, a walk of the source tree) on a thread of its own.
///
/// lambda-local's tasks run on the event loops that serve requests; blocking one of them for the
/// length of a `swift build` would stall every connection that loop serves.
enum OffLoop {
    static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: body())
            }
        }
    }
}

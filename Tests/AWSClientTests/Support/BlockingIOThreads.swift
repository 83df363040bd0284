import Foundation
import Synchronization
import TestSupport
import Testing

/// Runs a suite's tests on threads of their own instead of the shared concurrency pool.
///
/// The client's calls block their thread on libcurl (inside a Lambda function that thread is the
/// runtime's own). Tests run many at once on a pool of one thread per core, so a suite that waits on
/// moto there starves every other test's tasks; on these threads it starves nobody.
struct BlockingIOThreads: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(
        for test: Test,
        testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void
    ) async throws {
        try await withTaskExecutorPreference(IOThreadExecutor.next()) {
            try await function()
        }
    }
}

extension Trait where Self == BlockingIOThreads {
    /// Run on dedicated threads, because the code under test blocks.
    static var blockingIO: BlockingIOThreads { BlockingIOThreads() }
}

/// Four dedicated threads that take the suites' tests in turn.
enum IOThreadExecutor {
    private static let threads = (0..<4).map { _ in DedicatedThread(name: "blocking-io") }
    private static let turn = Atomic<Int>(0)

    /// The next thread in turn.
    static func next() -> DedicatedThread {
        threads[turn.add(1, ordering: .relaxed).oldValue % threads.count]
    }
}

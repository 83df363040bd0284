import Foundation
import Synchronization
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

/// One dedicated thread that runs the jobs of the tasks that prefer it.
final class IOThreadExecutor: TaskExecutor, @unchecked Sendable {
    private static let executors = (0..<4).map { _ in IOThreadExecutor() }
    private static let turn = Atomic<Int>(0)

    /// The executors take tests in turn.
    static func next() -> IOThreadExecutor {
        executors[turn.add(1, ordering: .relaxed).oldValue % executors.count]
    }

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    private init() {
        let thread = Thread { [unowned self] in self.runJobs() }
        thread.name = "blocking-io"
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func runJobs() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let batch = jobs
            jobs.removeAll()
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }
}

import Foundation

/// A thread of its own for tasks that block it (the AWS client waits on libcurl), so that they
/// never hold the shared concurrency pool or the event loops the rest of a test or benchmark runs
/// on. Tasks run here through `withTaskExecutorPreference`.
public final class DedicatedThread: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    /// Starts the thread, named `name` in debuggers and profiles; it lives as long as the process.
    public init(name: String) {
        let thread = Thread { [unowned self] in self.runJobs() }
        thread.name = name
        thread.start()
    }

    public func enqueue(_ job: consuming ExecutorJob) {
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A thread of its own for the runtime loop.
///
/// The loop waits for the next event inside libcurl, blocking its thread for as long as the process
/// lives between events. On Swift's shared cooperative pool (one thread per core, often one or two on
/// Lambda) that would starve every other task; on this thread it starves nothing. The handler runs
/// here too, and any task it awaits elsewhere hops back when done.
final class RuntimeLoopExecutor: TaskExecutor, @unchecked Sendable {
    private struct Queue {
        var jobs: [UnownedJob] = []
    }

    // A pthread mutex and condition, rather than Synchronization's Mutex alone, because the thread
    // must sleep until a job arrives.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var queue = Queue()

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
        let context = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        // The thread holds the executor for the life of the process: the loop never ends while it runs.
        let result = pthread_create(&thread, nil, { context in
            let executor = Unmanaged<RuntimeLoopExecutor>.fromOpaque(context!).takeUnretainedValue()
            executor.runJobs()
        }, context)
        precondition(result == 0, "cannot start the runtime loop's thread: error \(result)")
        pthread_detach(thread)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        pthread_mutex_lock(mutex)
        queue.jobs.append(job)
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    private func runJobs() -> Never {
        var batch: [UnownedJob] = []
        while true {
            pthread_mutex_lock(mutex)
            while queue.jobs.isEmpty {
                pthread_cond_wait(condition, mutex)
            }
            swap(&batch, &queue.jobs)
            pthread_mutex_unlock(mutex)
            for job in batch {
                job.runSynchronously(on: asUnownedTaskExecutor())
            }
            batch.removeAll(keepingCapacity: true)
        }
    }
}

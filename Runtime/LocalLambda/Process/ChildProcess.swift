#if canImport(Glibc)
import Glibc
#endif
import CSpawn
import Foundation
import Synchronization

/// A started function process: its pid, the read end of its output, and its exit.
final class ChildProcess: Sendable {
    /// The process id, which is also its process group id.
    let pid: pid_t
    /// The read end of the pipe that carries both standard output and standard error.
    let output: Int32
    private let exit = Mutex<(status: ExitStatus?, waiters: [CheckedContinuation<ExitStatus, Never>])>((nil, []))

    private init(pid: pid_t, output: Int32) {
        self.pid = pid
        self.output = output
    }

    /// Starts the program. Its output pipe's read end is handed back; the write end lives only in the
    /// child, so the read end reaches end-of-file when the whole process group is gone.
    static func spawn(_ configuration: LaunchConfiguration) throws(SpawnError) -> ChildProcess {
        var fds: [Int32] = [0, 0]
        let pipeResult = cspawn_pipe(&fds)
        guard pipeResult == 0 else {
            throw SpawnError(executable: configuration.executable, code: pipeResult)
        }
        let argv = ([configuration.executable] + configuration.arguments).map { strdup($0) } + [nil]
        let envp = configuration.environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
            close(fds[1])
        }
        var pid: pid_t = 0
        let result = cspawn_start(
            configuration.executable, argv, envp, configuration.workingDirectory, fds[1], &pid)
        guard result == 0 else {
            close(fds[0])
            throw SpawnError(executable: configuration.executable, code: result)
        }
        let process = ChildProcess(pid: pid, output: fds[0])
        process.watchForExit()
        return process
    }

    /// `waitpid` blocks, so it gets a thread of its own rather than a slot of the concurrency pool.
    private func watchForExit() {
        let pid = self.pid
        Thread.detachNewThread { [self] in
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let exitStatus = ExitStatus(waitStatus: status)
            let waiters = exit.withLock { state in
                state.status = exitStatus
                defer { state.waiters = [] }
                return state.waiters
            }
            for waiter in waiters { waiter.resume(returning: exitStatus) }
        }
    }

    /// The exit status, once the process has ended.
    var exitStatus: ExitStatus? {
        exit.withLock { $0.status }
    }

    /// Waits for the process to end.
    func waitForExit() async -> ExitStatus {
        await withCheckedContinuation { continuation in
            let status = exit.withLock { state -> ExitStatus? in
                if let status = state.status { return status }
                state.waiters.append(continuation)
                return nil
            }
            if let status { continuation.resume(returning: status) }
        }
    }

    /// Sends a signal to the whole process group.
    func signal(_ signal: Int32) {
        guard exitStatus == nil else { return }
        kill(-pid, signal)
    }
}

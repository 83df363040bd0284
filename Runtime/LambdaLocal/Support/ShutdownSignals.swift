#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

/// What lambda-local does on Ctrl-C or SIGTERM.
///
/// Function processes run in process groups of their own, so the terminal's SIGINT does not reach
/// them by itself: lambda-local must stop them. The first signal runs the graceful stop, when there
/// is one (servers stop accepting, invocations in flight finish, instances are stopped and reaped)
/// and exits with status 0; a second signal, or the first when there is no graceful stop, kills
/// every function process group at once and exits with 128 + the signal number.
enum ShutdownSignals {
    private struct Handlers {
        var sources: [any DispatchSourceSignal] = []
        var processGroups: @Sendable () -> [Int32] = { [] }
        var graceful: (@Sendable () async -> Void)?
        var stopping = false
    }

    private static let handlers = Mutex(Handlers())

    /// Installs the handlers.
    /// - Parameters:
    ///   - processGroups: the process groups of the function instances alive at the moment of the signal.
    ///   - graceful: the orderly stop, or `nil` to kill at once.
    static func install(
        processGroups: @escaping @Sendable () -> [Int32],
        graceful: (@Sendable () async -> Void)? = nil
    ) {
        handlers.withLock { handlers in
            handlers.processGroups = processGroups
            handlers.graceful = graceful
            guard handlers.sources.isEmpty else { return }
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { received(signalNumber) }
                source.resume()
                handlers.sources.append(source)
            }
        }
    }

    private static func received(_ signalNumber: Int32) {
        let (graceful, groups, alreadyStopping) = handlers.withLock { handlers in
            defer { handlers.stopping = true }
            return (handlers.graceful, handlers.processGroups, handlers.stopping)
        }
        if let graceful, !alreadyStopping {
            StandardError.writeLine("lambda-local: stopping (press Ctrl-C again to kill the functions at once)")
            Task.detached {
                await graceful()
                exit(0)
            }
            return
        }
        for group in groups() { kill(-group, SIGKILL) }
        exit(128 + signalNumber)
    }
}

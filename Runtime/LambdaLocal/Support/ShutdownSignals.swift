#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

/// Stops the function processes lambda-local started when the user presses Ctrl-C or the process is
/// sent SIGTERM. Function processes run in process groups of their own, so the terminal's SIGINT
/// does not reach them by itself.
enum ShutdownSignals {
    private static let processGroups = Mutex<Set<Int32>>([])
    private static let sources = Mutex<[any DispatchSourceSignal]>([])

    /// Installs the handlers once.
    static func install() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler {
                    for group in processGroups.withLock({ $0 }) { kill(-group, SIGKILL) }
                    exit(128 + signalNumber)
                }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Remembers a process group to stop on a signal.
    static func track(_ pid: Int32) {
        _ = processGroups.withLock { $0.insert(pid) }
    }

    /// Forgets a process group that has been stopped.
    static func untrack(_ pid: Int32) {
        _ = processGroups.withLock { $0.remove(pid) }
    }
}

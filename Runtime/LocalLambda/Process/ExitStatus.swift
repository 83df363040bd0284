#if canImport(Glibc)
import Glibc
#endif

/// How a process ended.
public enum ExitStatus: Sendable, Equatable, CustomStringConvertible {
    /// It called `exit` with this status.
    case exited(Int32)
    /// A signal ended it.
    case signaled(Int32)

    /// Decodes a `waitpid` status.
    init(waitStatus status: Int32) {
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
        let termination = status & 0x7f
        if termination == 0 {
            self = .exited((status >> 8) & 0xff)
        } else {
            self = .signaled(termination)
        }
    }

    /// Whether the process ended normally with status 0.
    public var isSuccess: Bool { self == .exited(0) }

    /// Lambda's wording: `exit status 1`, `signal: killed`, `signal: segmentation fault`.
    public var description: String {
        switch self {
        case .exited(let code):
            return "exit status \(code)"
        case .signaled(let signal):
            let names: [Int32: String] = [
                SIGKILL: "killed", SIGSEGV: "segmentation fault", SIGABRT: "aborted", SIGTERM: "terminated",
                SIGBUS: "bus error", SIGILL: "illegal instruction", SIGFPE: "floating point exception",
                SIGINT: "interrupt", SIGTRAP: "trace/breakpoint trap",
            ]
            return "signal: " + (names[signal] ?? "\(signal)")
        }
    }
}

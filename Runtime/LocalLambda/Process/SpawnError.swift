#if canImport(Glibc)
import Glibc
#endif

/// A function's program could not be started.
public struct SpawnError: Error, Sendable, CustomStringConvertible {
    /// The program.
    public let executable: String
    /// The `errno` value.
    public let code: Int32

    /// One line: the program and the system's reason.
    public var description: String {
        "cannot start \(executable): \(String(cString: strerror(code)))"
    }
}

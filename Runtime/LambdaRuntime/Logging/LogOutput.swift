/// Where the runtime writes its log lines: standard error, which Lambda captures, unless a host
/// that embeds the loop (a test, for one) wants them elsewhere.
public struct LogOutput: Sendable {
    /// Takes one whole line, newline included. Called from the thread of whichever invocation logs,
    /// concurrently on Managed Instances.
    let write: @Sendable (String) -> Void

    /// Sends each line to the closure.
    public init(_ write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// Standard error, one `write` per line.
    public static let standardError = LogOutput(writeToStandardError)
}

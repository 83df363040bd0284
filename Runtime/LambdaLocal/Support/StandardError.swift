#if canImport(Glibc)
import Glibc
#endif

/// Writes lambda-local's own lines and the function's log lines to standard error.
///
/// One `write` per line: lines come from the function's output reader and from the command at the
/// same time, and must not interleave within a line.
public enum StandardError {
    /// Writes the text followed by a newline.
    public static func writeLine(_ line: String) {
        write(line + "\n", to: 2)
    }

    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { writeAll($0, to: descriptor) }
    }
}

/// Writes the function's response to standard output, which carries nothing else.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeAll($0, to: 1) }
    }
}

/// Writes every byte, resuming after partial writes and interruptions; gives up only on an error,
/// such as a closed pipe, where nothing more can be written anyway.
private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
    guard var base = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
        let written = Glibc.write(descriptor, base, remaining)
        if written < 0 {
            if errno == EINTR { continue }
            return
        }
        base += written
        remaining -= written
    }
}

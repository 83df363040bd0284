#if canImport(Glibc)
import Glibc
#endif

/// Reads how much memory a function's processes have used, as Lambda's `Max Memory Used` reports.
///
/// This runs after every invocation, so it reads `/proc` with plain system calls into a stack
/// buffer and scans bytes: a few microseconds, where string APIs took a large share of a warm
/// invocation's cost.
enum ProcessMemory {
    /// The peak resident set of the process and its descendants, in whole megabytes rounded up.
    /// `nil` when `/proc` cannot be read (the process is gone, or this is not Linux).
    static func peakMegabytes(of pid: Int32) -> Int? {
        var total = 0
        var seen = false
        var pending = [pid]
        while let next = pending.popLast() {
            guard let kilobytes = peakKilobytes(of: next) else { continue }
            seen = true
            total += kilobytes
            children(of: next, into: &pending)
        }
        return seen ? (total + 1_023) / 1_024 : nil
    }

    /// `VmHWM` from `/proc/<pid>/status`, in kB.
    private static func peakKilobytes(of pid: Int32) -> Int? {
        withFile("/proc/\(pid)/status") { bytes in
            let label = Array("VmHWM:".utf8)
            var index = 0
            while index + label.count <= bytes.count {
                // Each line starts after a newline; compare the label there only.
                if (index == 0 || bytes[index - 1] == UInt8(ascii: "\n")),
                   bytes[index] == label[0], Array(bytes[index..<index + label.count]) == label {
                    var value = 0
                    var cursor = index + label.count
                    while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") {
                        cursor += 1
                    }
                    while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9") {
                        value = value * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                        cursor += 1
                    }
                    return value
                }
                index += 1
            }
            return nil
        } ?? nil
    }

    /// The pids listed in `/proc/<pid>/task/<pid>/children` (space-separated), appended to `list`.
    private static func children(of pid: Int32, into list: inout [Int32]) {
        let found: [Int32] = withFile("/proc/\(pid)/task/\(pid)/children") { bytes in
            var pids: [Int32] = []
            var value: Int32 = 0
            var inNumber = false
            for byte in bytes {
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    value = value * 10 + Int32(byte - UInt8(ascii: "0"))
                    inNumber = true
                } else if inNumber {
                    pids.append(value)
                    value = 0
                    inNumber = false
                }
            }
            if inNumber { pids.append(value) }
            return pids
        } ?? []
        list += found
    }

    /// Reads a small file (at most 4 KB, enough for these `/proc` files) and hands over its bytes.
    private static func withFile<Result>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4_096) { buffer in
            var length = 0
            while length < buffer.count {
                let count = read(fd, buffer.baseAddress! + length, buffer.count - length)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                length += count
            }
            return body(UnsafeBufferPointer(rebasing: buffer[0..<length]))
        }
    }
}

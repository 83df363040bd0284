import Foundation

/// Reads how much memory a function's processes have used, as Lambda's `Max Memory Used` reports.
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
            pending += children(of: next)
        }
        return seen ? (total + 1_023) / 1_024 : nil
    }

    private static func peakKilobytes(of pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        }
        return nil
    }

    private static func children(of pid: Int32) -> [Int32] {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8) else {
            return []
        }
        return text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}

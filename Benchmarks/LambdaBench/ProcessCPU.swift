import Foundation

/// CPU time a process and its children have used, read from `/proc`, so that a benchmark can say
/// what one request cost each of them, not only how long it took.
struct ProcessCPU {
    /// Microseconds of user and system time of `pid` itself, and of its living children together.
    let own: Double
    let children: Double

    /// Clock ticks per second in `/proc/<pid>/stat` (`sysconf(_SC_CLK_TCK)`).
    private static let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// The reading for `pid` now; a process that has gone counts as zero.
    static func read(_ pid: Int32) -> ProcessCPU {
        var children = 0.0
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let child = Int32(entry), child != pid, let stat = stat(child), stat.parent == pid else { continue }
            children += stat.microseconds
        }
        return ProcessCPU(own: stat(pid)?.microseconds ?? 0, children: children)
    }

    /// What was used between `start` and `self`.
    func since(_ start: ProcessCPU) -> ProcessCPU {
        ProcessCPU(own: own - start.own, children: children - start.children)
    }

    /// The parent pid and user + system time of `pid`, from `/proc/<pid>/stat`.
    private static func stat(_ pid: Int32) -> (parent: Int32, microseconds: Double)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // After "pid (comm)": state, ppid, ... utime is field 14 and stime 15 of the whole line.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let parent = Int32(fields[1]), let user = Double(fields[11]), let system = Double(fields[12]) else {
            return nil
        }
        return (parent, (user + system) / ticksPerSecond * 1_000_000)
    }
}

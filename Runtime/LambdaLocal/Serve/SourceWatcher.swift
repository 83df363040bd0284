import Foundation

/// Notices changes under a few folders by polling file modification times.
///
/// Polling twice a second costs little for a project's sources, and works the same on every file
/// system (bind mounts and network shares included) where change notifications do not.
final class SourceWatcher: Sendable {
    let roots: [String]
    let interval: Duration
    /// Changes are reported once the tree has been still for this long, so that an editor saving
    /// several files, or a `git checkout`, triggers one rebuild.
    let settle: Duration

    init(roots: [String], interval: Duration = .milliseconds(500), settle: Duration = .milliseconds(300)) {
        self.roots = roots
        self.interval = interval
        self.settle = settle
    }

    /// Calls `onChange` after each settled change, until the task is cancelled.
    func run(onChange: @Sendable () async -> Void) async {
        var known = await OffLoop.run { self.snapshot() }
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            var current = await OffLoop.run { self.snapshot() }
            guard current != known else { continue }
            // Wait until the tree stops changing.
            while true {
                try? await Task.sleep(for: settle)
                let again = await OffLoop.run { self.snapshot() }
                if again == current { break }
                current = again
            }
            known = current
            await onChange()
        }
    }

    /// When a file last changed, and its size.
    struct FileStamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int
    }

    /// Every watched file with its modification time and size.
    func snapshot() -> [String: FileStamp] {
        var files: [String: FileStamp] = [:]
        let manager = FileManager.default
        for root in roots {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: root, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                files[root] = Self.stamp(root)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                // Build output and version control change on every build; they are not sources.
                if relative.hasPrefix(".build") || relative.contains("/.build") || relative.hasPrefix(".git") {
                    enumerator.skipDescendants()
                    continue
                }
                let path = root + "/" + relative
                files[path] = Self.stamp(path)
            }
        }
        return files
    }

    private static func stamp(_ path: String) -> FileStamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return FileStamp(seconds: -1, nanoseconds: 0, size: -1) }
        return FileStamp(seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec, size: Int(info.st_size))
    }
}

import Foundation

/// The `swift build` arguments of a packaged function: one binary that needs as little as possible
/// besides libcurl and glibc, which travel in the zip.
///
/// - The Swift runtime and FoundationEssentials linked in (`--static-swift-stdlib`): ten shared
///   libraries fewer to load at a cold start.
/// - No exported symbol table (`--no-export-dynamic`): Swift's static link exports every symbol of
///   the program, which also keeps all of its code from the linker's dead-code removal, and serves
///   nothing in a stripped binary. The program's own unused code goes.
/// - libstdc++ linked in when its archive is installed: the Swift runtime uses a few of its
///   functions, about 80 kB, where the shared library adds 2 MB (0.75 MB compressed) to every zip.
enum BootstrapBuild {
    /// The arguments, after setting up what they point at under `scratch`.
    static func arguments(scratch: String) -> [String] {
        var arguments = ["--static-swift-stdlib", "--scratch-path", scratch, "-Xlinker", "--no-export-dynamic"]
        if let folder = staticLibStdCxxFolder(scratch: scratch) {
            arguments += ["-Xlinker", "-L\(folder)"]
        }
        return arguments
    }

    /// A folder that holds libstdc++'s archive and nothing else: searched first, it makes the
    /// linker resolve the runtime's `-lstdc++` with the archive (in any other folder the shared
    /// library wins). `nil` when the archive is not installed (the zip then carries the shared one).
    static func staticLibStdCxxFolder(scratch: String) -> String? {
        guard let archive = libStdCxxArchive() else { return nil }
        let folder = "\(scratch)/static-libstdc++"
        let link = "\(folder)/libstdc++.a"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) != archive {
                try? FileManager.default.removeItem(atPath: link)
                try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: archive)
            }
        } catch {
            return nil
        }
        return folder
    }

    /// The archive the toolchain's C compiler links for `-lstdc++ -static`, if there is one.
    static func libStdCxxArchive() -> String? {
        guard let printed = try? ExternalTool.run("clang", ["-print-file-name=libstdc++.a"]) else { return nil }
        let path = printed.trimmingCharacters(in: .whitespacesAndNewlines)
        // clang prints the bare name back when it finds no such file.
        guard path.hasPrefix("/"), FileManager.default.fileExists(atPath: path) else { return nil }
        return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

import Foundation

/// Turns a built function executable into what Lambda runs: `<output>/<LogicalId>/bootstrap`, stripped
/// and pointed at its own loader, with every shared library it loads in `lib/`, and that folder
/// zipped as `<output>/<LogicalId>.zip`.
///
/// The zip runs on any x86_64 Linux, whatever its libraries: `provided.al2` (glibc 2.26),
/// `provided.al2023`, or a root folder that holds nothing else.
public struct FunctionPackager: Sendable {
    /// Lambda's limit on a function's unpacked code.
    public static let maximumUnpackedBytes = 262_144_000

    /// Where the folders and zips go.
    public var outputDirectory: String
    /// Whether the libraries libcurl links for protocols and features a function never uses are
    /// replaced by stand-ins (``LibraryStandIn``); when not, the zip carries them all.
    public var usesStandIns: Bool

    /// Whether the folder is also zipped. SAM's build zips the folder itself.
    public var writesZip: Bool

    /// Creates a packager that writes into `outputDirectory` (created when missing).
    public init(outputDirectory: String, usesStandIns: Bool = true, writesZip: Bool = true) {
        self.outputDirectory = outputDirectory
        self.usesStandIns = usesStandIns
        self.writesZip = writesZip
    }

    /// Packages the executable as the function `logicalId`, replacing an earlier package of it.
    public func package(logicalId: String, executable: String) throws(LambdaLocalError) -> PackagedFunction {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw LambdaLocalError("function \(logicalId) is not built: \(executable) does not exist")
        }
        let directory = "\(outputDirectory)/\(logicalId)"
        let libraryDirectory = "\(directory)/\(BootstrapLinking.libraryFolder)"
        let zipPath = "\(outputDirectory)/\(logicalId).zip"
        let bootstrap = "\(directory)/bootstrap"
        let closure = try SharedLibraryClosure.of(binary: executable)
        let loaderName = closure.interpreter.map { ($0 as NSString).lastPathComponent }

        // A failure half-way must not leave the earlier zip beside a folder it no longer matches.
        try removeItem(zipPath)
        try replaceDirectory(directory)
        try copy(executable, to: bootstrap, executable: true)
        try ExternalTool.run("strip", [bootstrap])
        if let interpreter = closure.interpreter, let loaderName {
            try createDirectory(libraryDirectory)
            // The kernel runs the loader, so it must be executable like the bootstrap.
            try copy(interpreter, to: "\(libraryDirectory)/\(loaderName)", executable: true)
            try copyLibraries(of: closure, into: libraryDirectory)
            if usesStandIns {
                try replaceUnusedLibraries(of: closure, in: directory)
            }
            // After strip: strip rewrites the file and could undo patchelf's layout.
            try BootstrapLinking.apply(to: bootstrap, loaderName: loaderName)
        }
        let problems = try SelfContainedCheck.problems(in: directory)
        guard problems.isEmpty else {
            throw LambdaLocalError("the package of \(logicalId) is not self-contained: \(problems.joined(separator: "; "))")
        }
        let files = ReproducibleZip.regularFiles(under: directory)
        let unpackedBytes = files.reduce(0) { $0 + size(of: "\(directory)/\($1)") }
        guard unpackedBytes <= Self.maximumUnpackedBytes else {
            throw LambdaLocalError(
                "the package of \(logicalId) is \(unpackedBytes) bytes unpacked, over Lambda's limit of \(Self.maximumUnpackedBytes)")
        }
        let libraries = ((try? FileManager.default.contentsOfDirectory(atPath: libraryDirectory)) ?? []).sorted()
        var executables: Set<String> = ["bootstrap"]
        if let loaderName { executables.insert("\(BootstrapLinking.libraryFolder)/\(loaderName)") }
        try ReproducibleZip.prepare(directory: directory, executables: executables)
        if writesZip {
            try ReproducibleZip.write(directory: directory, to: zipPath)
        }
        return PackagedFunction(
            logicalId: logicalId, directory: directory, zipPath: writesZip ? zipPath : nil, zipBytes: writesZip ? size(of: zipPath) : nil,
            unpackedBytes: unpackedBytes, libraries: libraries,
            standIns: usesStandIns ? closure.libraries.map(\.soname).filter { LibraryStandIn.replaceable[$0] != nil } : [])
    }

    /// Copies every library of the closure into `libraryDirectory`, under its soname.
    private func copyLibraries(of closure: SharedLibraryClosure, into libraryDirectory: String) throws(LambdaLocalError) {
        for library in closure.libraries {
            let copied = "\(libraryDirectory)/\(library.soname)"
            try copy(library.path, to: copied)
            // A library's own search path (the Swift runtime's DT_RUNPATH `$ORIGIN`) comes after
            // Lambda's LD_LIBRARY_PATH for its needs, and hides the bootstrap's DT_RPATH: without
            // one, the loader looks where the bootstrap says, first.
            let info = try ELFLinkInfo.read(copied)
            if info.rpath != nil || info.runpath != nil {
                try ExternalTool.run("patchelf", ["--remove-rpath", copied])
            }
        }
    }

    /// Writes stand-ins over the copies of the replaceable libraries, then removes the libraries
    /// nothing needs any more (what only the real ones pulled in: GnuTLS, Kerberos, SASL, ...).
    private func replaceUnusedLibraries(of closure: SharedLibraryClosure, in directory: String) throws(LambdaLocalError) {
        let libraryDirectory = "\(directory)/\(BootstrapLinking.libraryFolder)"
        let importers = ["\(directory)/bootstrap"] + closure.libraries
            .filter { LibraryStandIn.replaceable[$0.soname] == nil }
            .map { "\(libraryDirectory)/\($0.soname)" }
        let imports = try LibraryStandIn.imports(of: importers)
        for library in closure.libraries where LibraryStandIn.replaceable[library.soname] != nil {
            try LibraryStandIn.write(
                soname: library.soname, real: library.path, imports: imports, to: "\(libraryDirectory)/\(library.soname)")
        }
        var reachable: Set<String> = []
        var pending = ["\(directory)/bootstrap"]
        while let file = pending.popLast() {
            for needed in try ELFLinkInfo.read(file).needed where reachable.insert(needed).inserted {
                pending.append("\(libraryDirectory)/\(needed)")
            }
        }
        for library in closure.libraries where !reachable.contains(library.soname) {
            do {
                try FileManager.default.removeItem(atPath: "\(libraryDirectory)/\(library.soname)")
            } catch {
                throw LambdaLocalError("cannot remove \(library.soname) from \(libraryDirectory): \(error.localizedDescription)")
            }
        }
    }

    private func replaceDirectory(_ directory: String) throws(LambdaLocalError) {
        try removeItem(directory)
        try createDirectory(directory)
    }

    /// Removes an earlier package's file or folder, if there is one.
    private func removeItem(_ path: String) throws(LambdaLocalError) {
        do {
            if FileManager.default.fileExists(atPath: path) {
                try FileManager.default.removeItem(atPath: path)
            }
        } catch {
            throw LambdaLocalError("cannot remove the earlier package at \(path): \(error.localizedDescription)")
        }
    }

    private func createDirectory(_ directory: String) throws(LambdaLocalError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw LambdaLocalError("cannot create \(directory): \(error.localizedDescription)")
        }
    }

    /// Copies the file's contents, following symbolic links (`libc.so.6` is one on most systems).
    private func copy(_ source: String, to destination: String, executable: Bool = false) throws(LambdaLocalError) {
        do {
            try Data(contentsOf: URL(fileURLWithPath: source)).write(to: URL(fileURLWithPath: destination))
            try FileManager.default.setAttributes([.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: destination)
        } catch {
            throw LambdaLocalError("cannot copy \(source) to \(destination): \(error.localizedDescription)")
        }
    }

    private func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

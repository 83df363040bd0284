#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LocalLambda
import NIOCore
import Synchronization
import Testing

/// A Lambda execution environment with nothing of this machine in it: a root folder holding only the
/// function's files at `/var/task`, an empty `/tmp`, the image's decoy libraries (see ``LambdaImage``)
/// and a `/proc` of its own, as Lambda has one (the Swift runtime's thread pool reads
/// `/proc/<tid>/stat`, and stops the process when it cannot). No `/dev`, no `/etc`, no `/usr`.
///
/// The bootstrap starts in it with `unshare`: a PID namespace whose `/proc` is mounted in a private
/// mount namespace, then `chroot`, `chdir /var/task` and exec.
struct EmptyRoot {
    let path: String

    /// A root whose `/var/task` is a copy of `taskFolder` (an unpacked zip).
    static func create(taskFolder: String, image: LambdaImage) throws -> EmptyRoot {
        let root = try makeRoot(image: image)
        try FileManager.default.removeItem(atPath: "\(root.path)/var/task")
        try FileManager.default.copyItem(atPath: taskFolder, toPath: "\(root.path)/var/task")
        return root
    }

    /// A root whose `/var/task` is the zip, unpacked as Lambda unpacks it.
    static func create(zip: String, image: LambdaImage) async throws -> EmptyRoot {
        let root = try makeRoot(image: image)
        let unzip = try await CommandRun.run("/usr/bin/unzip", ["-q", zip, "-d", "\(root.path)/var/task"], in: root.path)
        guard unzip.status == 0 else {
            root.remove()
            throw Failure("unzip \(zip) failed: \(unzip.stderr)")
        }
        return root
    }

    private static func makeRoot(image: LambdaImage) throws -> EmptyRoot {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("empty-root-\(UUID().uuidString)").path
        for folder in ["var/task", "tmp", "proc"] {
            try FileManager.default.createDirectory(atPath: "\(path)/\(folder)", withIntermediateDirectories: true)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o1777], ofItemAtPath: "\(path)/tmp")
        // A valid ELF shared library of this machine that defines none of glibc's, libcurl's or
        // OpenSSL's symbols: loaded in their place, it fails the bootstrap at once.
        let decoy = try Data(contentsOf: URL(fileURLWithPath: "/lib/x86_64-linux-gnu/libz.so.1").resolvingSymlinksInPath())
        for folder in image.systemLibraryFolders {
            try FileManager.default.createDirectory(atPath: path + folder, withIntermediateDirectories: true)
            for name in LambdaImage.decoyNames {
                try decoy.write(to: URL(fileURLWithPath: "\(path)\(folder)/\(name)"))
            }
        }
        return EmptyRoot(path: path)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Runs the bootstrap in the root, hands it one event, and returns how init and the invocation ended,
    /// with the process's output when something went wrong.
    func invokeOnce(image: LambdaImage, environment: [String: String], event: String) async throws -> Run {
        let lines = LineCollector()
        let instance = try await start(image: image, environment: environment, collecting: lines)
        let initOutcome = await instance.waitForInit(timeout: .seconds(20)).outcome
        var outcome: InvocationOutcome?
        if initOutcome == .ready {
            let request = InvocationRequest(
                requestID: UUID().uuidString.lowercased(), payload: ByteBuffer(string: event),
                deadlineMilliseconds: Int64(Date().timeIntervalSince1970 * 1_000) + 60_000,
                invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:packaged")
            outcome = await instance.invoke(request, timeout: .seconds(60)).outcome
        }
        await instance.stop()
        await instance.catchUpWithOutput()
        return Run(initOutcome: initOutcome, outcome: outcome, output: lines.text)
    }

    /// Starts `/var/task/bootstrap` inside the root with the image's variables and `environment`,
    /// against a Runtime API server of its own on loopback (the root shares the network).
    func start(image: LambdaImage, environment: [String: String], collecting lines: LineCollector) async throws -> FunctionInstance {
        let unshare = "/usr/bin/unshare"
        guard FileManager.default.isExecutableFile(atPath: unshare) else {
            throw Failure("\(unshare) is missing (Debian's util-linux); it runs the bootstrap in the empty root")
        }
        // As root, changing root and mounting /proc need no user namespace; otherwise one grants the right.
        let namespace = geteuid() == 0 ? [] : ["--map-root-user"]
        return try await FunctionInstance.start(
            LaunchConfiguration(
                executable: unshare,
                arguments: namespace + ["--pid", "--fork", "--mount-proc=/proc", "--root=\(path)", "--wd=/var/task", "/var/task/bootstrap"],
                environment: image.environment.merging(environment) { $1 },
                workingDirectory: path),
            output: { lines.append($0) })
    }

    /// How one run in the root went.
    struct Run {
        var initOutcome: InitOutcome
        /// `nil` when init did not succeed.
        var outcome: InvocationOutcome?
        /// The first lines the process (or unshare) wrote.
        var output: String

        /// The response body, when the function answered with one.
        var response: String? {
            guard case .response(let body)? = outcome else { return nil }
            return String(buffer: body)
        }

        /// Whether the function answered the invocation, with a response or an error it reported.
        var answered: Bool {
            switch outcome {
            case .response?, .error?: true
            default: false
            }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

/// The first lines of a process's output, kept for a failure message.
final class LineCollector: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) {
        lines.withLock { if $0.count < 40 { $0.append(line) } }
    }

    var text: String { lines.withLock { $0.joined(separator: "\n") } }
}

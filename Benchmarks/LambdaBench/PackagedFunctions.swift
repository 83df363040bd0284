import Foundation
import LocalLambda
import NIOCore

/// The zips `make package` writes: each one's size, and the cold start of a packaged bootstrap beside
/// the plain release binary of the same function (exec to first response).
///
/// The plain binary loads the Swift runtime's shared libraries and this machine's; the packaged one
/// has the Swift runtime linked in and loads its own glibc, libcurl and the rest from its `lib/`.
/// Outside Lambda the packaged bootstrap is started through its own loader
/// (`lib/ld-linux-x86-64.so.2 bootstrap`), which is what the kernel does on Lambda from the
/// `/var/task/lib` path written in the binary; its `$ORIGIN/lib` search path finds the libraries.
enum PackagedFunctions {
    struct Zip {
        let name: String
        let bytes: Int
    }

    struct ColdStarts {
        let plain: Samples
        let packaged: Samples

        /// How many times longer the packaged cold start is, by medians.
        var ratio: Double { packaged.p50 / plain.p50 }
    }

    /// `LAMBDA_PACKAGES`, or `.build/lambda` under the current directory, from which `make bench` runs.
    /// Absolute: the cold starts run the zips' loaders from folders of their own.
    static var directory: String {
        let current = FileManager.default.currentDirectoryPath
        guard let named = ProcessInfo.processInfo.environment["LAMBDA_PACKAGES"] else { return current + "/.build/lambda" }
        return named.hasPrefix("/") ? named : current + "/" + named
    }

    /// Every zip in the folder, by name.
    static func zips(in directory: String) throws -> [Zip] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".zip") }.sorted().map { file in
            let bytes = try FileManager.default.attributesOfItem(atPath: "\(directory)/\(file)")[.size] as? Int ?? 0
            return Zip(name: String(file.dropLast(".zip".count)), bytes: bytes)
        }
    }

    /// Alternating runs of the plain binary and the packaged bootstrap of `function`.
    static func coldStarts(function: String, binDirectory: String, packages: String, runs: Int) async throws -> ColdStarts {
        let folder = "\(packages)/\(function)"
        var plainLaunch = BenchInstance.launch("\(binDirectory)/\(function)")
        plainLaunch.workingDirectory = folder
        var packagedLaunch = BenchInstance.launch("\(folder)/lib/ld-linux-x86-64.so.2")
        packagedLaunch.arguments = ["\(folder)/bootstrap"]
        packagedLaunch.workingDirectory = folder
        var plain = Samples()
        var packaged = Samples()
        for _ in 0..<runs {
            plain.append(try await coldStart(plainLaunch))
            packaged.append(try await coldStart(packagedLaunch))
        }
        return ColdStarts(plain: plain, packaged: packaged)
    }

    /// From starting the process to the first response, the event queued before the process starts.
    private static func coldStart(_ launch: LaunchConfiguration) async throws -> Duration {
        let started = ContinuousClock.now
        let instance = try await FunctionInstance.start(launch, output: { _ in })
        let outcome = await instance.server.invoke(BenchInstance.request(ByteBuffer(string: "{}")))
        let elapsed = ContinuousClock.now - started
        await instance.stop()
        guard case .response = outcome else {
            throw BenchInstance.Failure(description: "cold invocation of \(launch.executable) failed: \(outcome)")
        }
        return elapsed
    }
}

import Foundation
@testable import LambdaLocal
import Testing

/// The zips `make package` writes (`.build/lambda/<LogicalId>.zip`), each unpacked into `/var/task`
/// of an otherwise empty root and run there against lambda-local's Runtime API server, as
/// `provided.al2` and as `provided.al2023` (see ``LambdaImage`` for why the same zip passes on both).
@Suite(.enabled(if: DeploymentArtifacts.packagesCheckable, "no zips in \(DeploymentArtifacts.packagesDirectory): \(DeploymentArtifacts.packagesHint)"))
struct PackagedZipTests {
    @Test func everyFunctionOfTheTemplateHasAZipWithinLambdasLimits() throws {
        #expect(DeploymentArtifacts.packagedFunctions.count >= 1, "no packaged function found in template.yaml")
        for logicalId in DeploymentArtifacts.packagedFunctionNames {
            let zip = DeploymentArtifacts.zip(of: logicalId)
            let attributes = try? FileManager.default.attributesOfItem(atPath: zip)
            let bytes = (attributes?[.size] as? NSNumber)?.intValue
            #expect(bytes != nil, "\(zip) is missing: \(DeploymentArtifacts.packagesHint)")
            // Lambda takes a zip of at most 50 MB uploaded directly.
            #expect((bytes ?? 0) <= 50 * 1_048_576, "\(zip) is \(bytes ?? 0) bytes")
        }
    }

    @Test(arguments: DeploymentArtifacts.packagedFunctionNames, LambdaImage.allCases)
    func theZipAnswersAnInvocationInAnEmptyRoot(logicalId: String, image: LambdaImage) async throws {
        let zip = DeploymentArtifacts.zip(of: logicalId)
        try #require(FileManager.default.fileExists(atPath: zip), "\(zip) is missing: \(DeploymentArtifacts.packagesHint)")
        let function = try #require(DeploymentArtifacts.packagedFunctions.first { $0.logicalId == logicalId })
        let root = try await EmptyRoot.create(zip: zip, image: image)
        defer { root.remove() }
        // `{}` is not a valid event for most functions: what counts is that the bootstrap starts,
        // takes the event and answers it (a response or a reported error), never a crash.
        let run = try await root.invokeOnce(image: image, environment: DeploymentArtifacts.lambdaVariables(for: function), event: "{}")
        #expect(run.initOutcome == .ready, "\(logicalId) did not start in an empty root as \(image): \(run.initOutcome)\n\(run.output)")
        #expect(run.answered, "\(logicalId) did not answer as \(image): \(String(describing: run.outcome))\n\(run.output)")
    }

    @Test(arguments: LambdaImage.allCases)
    func helloGreetsAndReportsItsErrorsFromItsZip(image: LambdaImage) async throws {
        let (root, variables) = try await DeploymentArtifacts.emptyRoot(of: "hello", image: image)
        defer { root.remove() }

        let greeting = try await root.invokeOnce(image: image, environment: variables, event: #"{"name": "Lambda"}"#)
        #expect(greeting.response == #"{"message":"Hello, Lambda!"}"#, "\(String(describing: greeting.outcome))\n\(greeting.output)")

        let refusal = try await root.invokeOnce(image: image, environment: variables, event: #"{"name": ""}"#)
        guard case .error(let error)? = refusal.outcome else {
            Issue.record("expected hello to report an error for an empty name: \(String(describing: refusal.outcome))\n\(refusal.output)")
            return
        }
        #expect(error.errorType == "InvalidName")
    }

    @Test(arguments: DeploymentArtifacts.packagedFunctionNames)
    func theZipNeedsNothingOutsideItself(logicalId: String) async throws {
        let zip = DeploymentArtifacts.zip(of: logicalId)
        try #require(FileManager.default.fileExists(atPath: zip), "\(zip) is missing: \(DeploymentArtifacts.packagesHint)")
        let unpacked = FileManager.default.temporaryDirectory.appendingPathComponent("unpacked-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: unpacked) }
        let unzip = try await CommandRun.run("/usr/bin/unzip", ["-q", zip, "-d", unpacked], in: BuiltProducts.packageRoot)
        try #require(unzip.status == 0, "\(unzip.stderr)")
        #expect(try await OffThread.run { try SelfContainedCheck.problems(in: unpacked) } == [])
        let bootstrap = try await OffThread.run { try ELFLinkInfo.read("\(unpacked)/bootstrap") }
        #expect(bootstrap.interpreter == "/var/task/lib/ld-linux-x86-64.so.2")
        #expect(bootstrap.rpath == "$ORIGIN/lib:/var/task/lib")
        #expect(bootstrap.runpath == nil)
        // Linked statically: no Swift runtime library travels in the zip.
        let libraries = try FileManager.default.contentsOfDirectory(atPath: "\(unpacked)/lib")
        #expect(libraries.contains("libcurl.so.4") && libraries.contains("libc.so.6"))
        #expect(!libraries.contains { $0.hasPrefix("libswift") || $0.hasPrefix("libFoundation") }, "\(libraries)")
        // libstdc++ linked in too where its archive is installed (it is wherever Swift builds).
        if BootstrapBuild.libStdCxxArchive() != nil {
            #expect(!bootstrap.needed.contains("libstdc++.so.6"), "\(bootstrap.needed)")
            #expect(!libraries.contains("libstdc++.so.6"), "\(libraries)")
        }
        // No Swift symbol exported: an exported symbol keeps its code from dead-code removal.
        let symbols = try await CommandRun.run("/usr/bin/readelf", ["--dyn-syms", "-W", "\(unpacked)/bootstrap"], in: BuiltProducts.packageRoot)
        try #require(symbols.status == 0, "\(symbols.stderr)")
        let swiftSymbols = symbols.stdoutText.split(separator: "\n").filter { $0.split(separator: " ").last?.hasPrefix("$s") == true }
        #expect(swiftSymbols.isEmpty, "\(swiftSymbols.count) Swift symbols exported, such as \(swiftSymbols.prefix(3))")
    }

    @Test func theZipsEntriesAreSortedWithFixedTimesAndModes() async throws {
        let zip = DeploymentArtifacts.zip(of: "hello")
        try #require(FileManager.default.fileExists(atPath: zip), "\(zip) is missing: \(DeploymentArtifacts.packagesHint)")
        // zipinfo -T: `-rwxr-xr-x  3.0 unx  1234 bx defN 20000101.000000 bootstrap`
        let listing = try await CommandRun.run("/usr/bin/zipinfo", ["-T", zip], in: BuiltProducts.packageRoot, environment: ["TZ": "UTC"])
        try #require(listing.status == 0, "\(listing.stderr)")
        let entries = listing.stdoutText.split(separator: "\n").filter { $0.hasPrefix("-") }.map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        let names = entries.compactMap { $0.last.map(String.init) }
        #expect(names.first == "bootstrap")
        #expect(names == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(entries.allSatisfy { $0.count > 6 && $0[6] == "20000101.000000" }, "\(listing.stdoutText)")
        for entry in entries {
            let name = String(entry.last ?? "")
            let executable = name == "bootstrap" || name.hasPrefix("lib/ld-linux")
            #expect(String(entry[0]) == (executable ? "-rwxr-xr-x" : "-rw-r--r--"), "\(name)")
        }
    }
}

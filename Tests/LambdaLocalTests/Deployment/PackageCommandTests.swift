import Foundation
@testable import LambdaLocal
import Testing

/// `lambda-local package` on functions built already (`--products`: no swift build runs inside swift
/// test), its refusals, and the pieces it is made of.
@Suite struct PackageCommandTests {
    static func temporaryFolder(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)").path
    }

    static func package(_ arguments: [String], in directory: String = BuiltProducts.packageRoot) async throws -> CommandRun {
        try await CommandRun.run(BuiltProducts.lambdaLocal, ["package"] + arguments, in: directory)
    }

    /// A project folder with a template of its own.
    static func project(_ template: String) throws -> String {
        let directory = temporaryFolder("package-project")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try template.write(toFile: "\(directory)/template.yaml", atomically: true, encoding: .utf8)
        return directory
    }

    @Test func aBuiltFunctionBecomesAZipThatAnswersInAnEmptyRoot() async throws {
        let output = Self.temporaryFolder("packages")
        defer { try? FileManager.default.removeItem(atPath: output) }
        // The debug build links the Swift runtime dynamically: its libraries travel in lib/ too.
        let run = try await Self.package(["hello", "--products", BuiltProducts.directory, "--output", output])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutText.hasPrefix("hello: \(output)/hello.zip ("), "\(run.stdoutText)")
        #expect(FileManager.default.isExecutableFile(atPath: "\(output)/hello/bootstrap"))
        #expect(FileManager.default.fileExists(atPath: "\(output)/hello/lib/libswiftCore.so"))
        #expect(try await OffThread.run { try SelfContainedCheck.problems(in: "\(output)/hello") } == [])

        let root = try await EmptyRoot.create(zip: "\(output)/hello.zip", image: .providedAL2)
        defer { root.remove() }
        let hello = try #require(DeploymentArtifacts.packagedFunctions.first { $0.logicalId == "hello" })
        let answer = try await root.invokeOnce(image: .providedAL2, environment: DeploymentArtifacts.lambdaVariables(for: hello), event: #"{"name": "zip"}"#)
        #expect(answer.response == #"{"message":"Hello, zip!"}"#, "\(answer.initOutcome) \(String(describing: answer.outcome))\n\(answer.output)")
    }

    @Test func librariesOnlyOtherProtocolsNeedAreStandInsUnlessAllAreAskedFor() async throws {
        let trimmed = Self.temporaryFolder("packages")
        let full = Self.temporaryFolder("packages")
        defer {
            try? FileManager.default.removeItem(atPath: trimmed)
            try? FileManager.default.removeItem(atPath: full)
        }
        let standard = try await Self.package(["hello", "--products", BuiltProducts.directory, "--output", trimmed, "--skip-zip"])
        try #require(standard.status == 0, "\(standard.stderr)")
        #expect(standard.stdoutText.contains("of them stand-ins)"), "\(standard.stdoutText)")
        #expect(!FileManager.default.fileExists(atPath: "\(trimmed)/hello.zip"))
        let everything = try await Self.package(["hello", "--products", BuiltProducts.directory, "--output", full, "--skip-zip", "--all-libraries"])
        try #require(everything.status == 0, "\(everything.stderr)")

        let trimmedLibraries = Set(try FileManager.default.contentsOfDirectory(atPath: "\(trimmed)/hello/lib"))
        let fullLibraries = Set(try FileManager.default.contentsOfDirectory(atPath: "\(full)/hello/lib"))
        // GnuTLS comes only through librtmp and libldap; Kerberos only through libgssapi_krb5.
        for gone in ["libgnutls.so.30", "libkrb5.so.3", "libsasl2.so.2", "libunistring.so.2"] {
            #expect(fullLibraries.contains(gone) && !trimmedLibraries.contains(gone), "\(gone)")
        }
        let standIn = try await OffThread.run { try ELFLinkInfo.read("\(trimmed)/hello/lib/libssh2.so.1") }
        #expect(standIn.needed == ["libc.so.6"] && standIn.soname == "libssh2.so.1")
        func bytes(_ folder: String) -> Int {
            ReproducibleZip.regularFiles(under: folder).reduce(0) {
                $0 + ((try? FileManager.default.attributesOfItem(atPath: "\(folder)/\($1)"))?[.size] as? Int ?? 0)
            }
        }
        // About 9.5 MB of libraries, 3.9 MB once zipped.
        #expect(bytes("\(trimmed)/hello") + 8_000_000 < bytes("\(full)/hello"), "stand-ins saved only \(bytes("\(full)/hello") - bytes("\(trimmed)/hello")) bytes")
    }

    @Test func aStandInDefinesWhatIsImportedWithItsVersion() {
        let defined = LibraryStandIn.definedSymbols(nmOutput: """
            0000000000000000 A OPENLDAP_2.5
            0000000000012340 0000000000000042 T ldap_init@@OPENLDAP_2.5
            0000000000012390 0000000000000010 T ldap_unused@@OPENLDAP_2.5
            0000000000040000 0000000000000010 D ldap_debug_level@@OPENLDAP_2.5
            """)
        #expect(defined["ldap_init"] == .init(name: "ldap_init", version: "OPENLDAP_2.5", isFunction: true, size: 0x42))
        #expect(defined["ldap_debug_level"]?.isFunction == false)
        #expect(defined["OPENLDAP_2.5"] == nil)
        let imported = LibraryStandIn.importedSymbols(nmOutput: "                 U ldap_init@OPENLDAP_2.5\n                 U libssh2_init\n")
        #expect(imported.map(\.name) == ["ldap_init", "libssh2_init"])
        #expect(imported.map(\.version) == ["OPENLDAP_2.5", nil])

        let symbols: Set<LibraryStandIn.Symbol> = [defined["ldap_init"]!, defined["ldap_debug_level"]!]
        #expect(LibraryStandIn.versionScript(symbols: symbols) == "OPENLDAP_2.5 { global: ldap_debug_level; ldap_init; };\n")
        let source = LibraryStandIn.source(soname: "libldap-2.5.so.0", symbols: symbols)
        #expect(source.contains("char ldap_debug_level[16];"))
        #expect(source.contains("long ldap_init(void) { stand_in_called(\"libldap-2.5.so.0 is not in this package (it serves ldap:// URLs): ldap_init was called\\n\""))
        let ssh = LibraryStandIn.source(soname: "libssh2.so.1", symbols: [.init(name: "libssh2_init", version: nil, isFunction: true, size: 0)])
        #expect(ssh.contains("long libssh2_init(void) { return 0; }"))
    }

    @Test func packagingTheSameBuildTwiceGivesTheSameZip() async throws {
        let first = Self.temporaryFolder("packages")
        let second = Self.temporaryFolder("packages")
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        for output in [first, second] {
            let run = try await Self.package(["hello", "--products", BuiltProducts.directory, "--output", output])
            try #require(run.status == 0, "\(run.stderr)")
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: "\(first)/hello.zip"))
        let b = try Data(contentsOf: URL(fileURLWithPath: "\(second)/hello.zip"))
        #expect(a == b, "two packages of one build differ")
    }

    @Test func anUnknownFunctionIsRefusedNamingTheOnesThereAre() async throws {
        let run = try await Self.package(["nope", "--products", BuiltProducts.directory, "--output", Self.temporaryFolder("packages")])
        #expect(run.status == 2)
        #expect(run.stderr.contains("the template has no function named nope"), "\(run.stderr)")
        #expect(run.stderr.contains("hello"), "\(run.stderr)")
    }

    @Test func aFunctionThatIsNotBuiltIsNamed() async throws {
        let empty = Self.temporaryFolder("no-products")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let run = try await Self.package(["hello", "--products", empty, "--output", Self.temporaryFolder("packages")])
        #expect(run.status == 2)
        #expect(run.stderr.contains("function hello is not built: \(empty)/hello does not exist"), "\(run.stderr)")
    }

    @Test func aFunctionWithABootstrapOfItsOwnIsZippedAsItIsNotBuilt() async throws {
        let project = try Self.project("""
            Resources:
              Script:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: provided.al2
                  Handler: bootstrap
                  CodeUri: script
            """)
        defer { try? FileManager.default.removeItem(atPath: project) }
        try FileManager.default.createDirectory(atPath: "\(project)/script", withIntermediateDirectories: true)
        try "#!/bin/sh\n".write(toFile: "\(project)/script/bootstrap", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: "\(project)/script/bootstrap")

        let named = try await Self.package(["Script", "--products", BuiltProducts.directory], in: project)
        #expect(named.status == 2)
        #expect(named.stderr.contains("function Script runs the bootstrap in its CodeUri"), "\(named.stderr)")
        let all = try await Self.package(["--products", BuiltProducts.directory], in: project)
        #expect(all.status == 2)
        #expect(all.stderr.contains("declares no function that is a product of this package"), "\(all.stderr)")
    }

    @Test func aFunctionForAnotherArchitectureIsRefused() async throws {
        let project = try Self.project("""
            Resources:
              hello:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: provided.al2
                  Handler: bootstrap
                  CodeUri: .
                  Architectures: [arm64]
            """)
        defer { try? FileManager.default.removeItem(atPath: project) }
        let run = try await Self.package(["--products", BuiltProducts.directory], in: project)
        #expect(run.status == 2)
        #expect(run.stderr.contains("declares Architectures arm64, but packaging builds for this machine's x86_64"), "\(run.stderr)")
    }

    @Test func theCheckCatchesARunpathAndAMissingLibrary() async throws {
        let output = Self.temporaryFolder("packages")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let packaged = try await OffThread.run {
            try FunctionPackager(outputDirectory: output, writesZip: false).package(logicalId: "hello", executable: BuiltProducts.path("hello"))
        }
        #expect(packaged.libraries.contains("ld-linux-x86-64.so.2") && packaged.libraries.contains("libcurl.so.4"))
        #expect(packaged.zipPath == nil)
        let folder = packaged.directory
        // The Swift runtime's own DT_RUNPATH `$ORIGIN` is gone, so the bootstrap's DT_RPATH serves it.
        let swiftCore = try await OffThread.run { try ELFLinkInfo.read("\(folder)/lib/libswiftCore.so") }
        #expect(swiftCore.runpath == nil && swiftCore.rpath == nil)
        #expect(try await OffThread.run { try SelfContainedCheck.problems(in: folder) } == [])

        // A DT_RUNPATH comes after Lambda's LD_LIBRARY_PATH, which would find Amazon Linux's glibc.
        let runpath = try await CommandRun.run("/usr/bin/env", ["patchelf", "--set-rpath", "$ORIGIN/lib", "\(folder)/bootstrap"], in: folder)
        try #require(runpath.status == 0, "\(runpath.stderr)")
        try FileManager.default.removeItem(atPath: "\(folder)/lib/libnghttp2.so.14")
        let problems = try await OffThread.run { try SelfContainedCheck.problems(in: folder) }
        #expect(problems.contains { $0.contains("DT_RUNPATH $ORIGIN/lib") }, "\(problems)")
        #expect(problems.contains("libcurl.so.4 needs libnghttp2.so.14, which is not in lib/"), "\(problems)")
    }

    @Test func lddOutputBecomesTheLibrariesAndTheLoader() throws {
        let closure = try SharedLibraryClosure.parse(lddOutput: """
            \tlinux-vdso.so.1 (0x00007ffd3b5f2000)
            \tlibcurl.so.4 => /lib/x86_64-linux-gnu/libcurl.so.4 (0x00007f0a1c000000)
            \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0a1be00000)
            \tld-linux-x86-64.so.2 => /lib64/ld-linux-x86-64.so.2 (0x00007f0a1c400000)
            \t/lib64/ld-linux-x86-64.so.2 (0x00007f0a1c400000)
            """, binary: "f")
        #expect(closure.interpreter == "/lib64/ld-linux-x86-64.so.2")
        #expect(closure.libraries == [
            .init(soname: "libc.so.6", path: "/lib/x86_64-linux-gnu/libc.so.6"),
            .init(soname: "libcurl.so.4", path: "/lib/x86_64-linux-gnu/libcurl.so.4"),
        ])
        #expect(throws: LambdaLocalError.self) {
            try SharedLibraryClosure.parse(lddOutput: "\tlibgone.so.1 => not found\n\t/lib64/ld-linux-x86-64.so.2 (0x1)\n", binary: "f")
        }
        #expect(try SharedLibraryClosure.parse(lddOutput: "\tstatically linked\n", binary: "f") == .init(libraries: [], interpreter: nil))
    }

    @Test func readelfOutputBecomesTheLinkInfo() {
        let info = ELFLinkInfo.parse(readelfOutput: """
              INTERP         0x000318 0x0000000000000318 0x0000000000000318 0x000023 0x000023 R   0x1
                  [Requesting program interpreter: /var/task/lib/ld-linux-x86-64.so.2]
             0x0000000000000001 (NEEDED)             Shared library: [libcurl.so.4]
             0x0000000000000001 (NEEDED)             Shared library: [libc.so.6]
             0x000000000000000f (RPATH)              Library rpath: [$ORIGIN/lib:/var/task/lib]
            """)
        #expect(info == ELFLinkInfo(
            interpreter: "/var/task/lib/ld-linux-x86-64.so.2", needed: ["libcurl.so.4", "libc.so.6"],
            rpath: "$ORIGIN/lib:/var/task/lib", runpath: nil, soname: nil))
    }
}

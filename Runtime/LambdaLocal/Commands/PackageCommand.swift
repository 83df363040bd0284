import ArgumentParser
import Foundation

/// `lambda-local package [LogicalId...]`: the functions as zips that Lambda's `provided.al2` and
/// `provided.al2023` runtimes run as they are.
struct PackageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "package",
        abstract: "Build functions in release mode and package each as a self-contained bootstrap zip for AWS Lambda.",
        discussion: """
            Each function of the template that is a product of this package (every one, or those named) is \
            built with `swift build -c release --static-swift-stdlib` (libstdc++ linked in too, when its \
            archive is installed), stripped, and written as <output>/<LogicalId>/bootstrap with the shared \
            libraries it loads (libcurl and its dependencies, glibc and its loader) in <output>/<LogicalId>/lib, \
            then zipped as <output>/<LogicalId>.zip. \
            Libraries libcurl links only for what a function never does (LDAP, RTMP, SSH, Kerberos, IDN, \
            cookies, zstd, brotli) are replaced by small stand-ins unless --all-libraries is given. \
            The bootstrap starts the zip's own loader from /var/task/lib, where Lambda unpacks the zip, so \
            it needs nothing from the machine it runs on.
            """)

    @Argument(help: "Logical IDs of the functions to package; all of them when none is given.")
    var logicalIds: [String] = []

    @OptionGroup var template: TemplateOptions

    @Option(help: "SwiftPM's build folder for the release build. Defaults to the package's .build.")
    var scratchPath: String?

    @Option(help: "Where the folders and zips go. Defaults to <scratch-path>/lambda.")
    var output: String?

    @Option(help: "A folder of function executables built already; no swift build runs. They are packaged as they are linked.")
    var products: String?

    @Flag(help: "Write only the folders, not the zips (SAM's build zips the folder itself).")
    var skipZip = false

    @Flag(help: "Carry every library libcurl links, also those for LDAP, RTMP, SSH, Kerberos, IDN, cookies, zstd and brotli, instead of stand-ins.")
    var allLibraries = false

    func run() throws {
        do {
            try package()
        } catch {
            StandardError.writeLine("lambda-local: error: \(error.message)")
            throw ExitCode(2)
        }
    }

    private func package() throws(LambdaLocalError) {
        let loaded = try template.load()
        let functions = try PackageSelection.functions(in: loaded.template, templateDirectory: loaded.directory, requested: logicalIds)
        let workingDirectory = FileManager.default.currentDirectoryPath
        let packageRoot = FunctionLocator.packageRoot(startingAt: loaded.directory)
        let scratch = absolute(scratchPath ?? "\(packageRoot ?? workingDirectory)/.build", relativeTo: workingDirectory)
        let binDirectory: String
        if let products {
            binDirectory = absolute(products, relativeTo: workingDirectory)
        } else {
            guard let packageRoot else {
                throw LambdaLocalError("there is no Package.swift above \(loaded.path) to build the functions from")
            }
            let build = SwiftBuild(
                packageRoot: packageRoot, configuration: "release",
                extraArguments: BootstrapBuild.arguments(scratch: scratch))
            // One product at a time: `swift build` builds one product or the whole package, and the
            // whole package would include the emulator.
            for function in functions {
                try build.build(product: function.logicalId)
            }
            binDirectory = "\(scratch)/release"
        }
        let packager = FunctionPackager(
            outputDirectory: absolute(output ?? "\(scratch)/lambda", relativeTo: workingDirectory),
            usesStandIns: !allLibraries, writesZip: !skipZip)
        for function in functions {
            let packaged = try packager.package(logicalId: function.logicalId, executable: "\(binDirectory)/\(function.logicalId)")
            let written = packaged.zipPath.map { "\(relative($0, to: workingDirectory)) (\(megabytes(packaged.zipBytes ?? 0)) MB; " }
                ?? "\(relative(packaged.directory, to: workingDirectory)) ("
            print("\(packaged.logicalId): \(written)\(megabytes(packaged.unpackedBytes)) MB unpacked, \(packaged.libraries.count) libraries"
                + (packaged.standIns.isEmpty ? ")" : ", \(packaged.standIns.count) of them stand-ins)"))
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.2f", Double(bytes) / 1_048_576)
    }

    private func relative(_ path: String, to directory: String) -> String {
        path.hasPrefix(directory + "/") ? String(path.dropFirst(directory.count + 1)) : path
    }
}

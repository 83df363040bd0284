import Foundation
import SAMTemplate

/// Finds (and, for Swift products, builds) the program behind a template function.
///
/// A `bootstrap` in the function's `CodeUri` wins, so any provided.al2 custom runtime works as it is.
/// Otherwise the function's logical ID must name an executable in the `--products` folder, or an
/// executable product of the Swift package that holds the template, built with `swift build` unless
/// the caller says it is built already.
public struct FunctionLocator: Sendable {
    /// The folder of the template, against which `CodeUri` paths are resolved.
    public var templateDirectory: String
    /// The build configuration: `debug` or `release`.
    public var configuration: String
    /// When set, products are taken from the build folder without running `swift build`.
    public var skipBuild: Bool
    /// A folder of executables built already (what `swift build --show-bin-path` prints), used
    /// instead of the package's `.build/<configuration>`; set, it implies ``skipBuild`` and no
    /// package is needed.
    public var productsDirectory: String?

    /// Creates a locator.
    public init(templateDirectory: String, configuration: String = "debug", skipBuild: Bool = false, productsDirectory: String? = nil) {
        self.templateDirectory = templateDirectory
        self.configuration = configuration
        self.skipBuild = skipBuild || productsDirectory != nil
        self.productsDirectory = productsDirectory.map { absolute($0, relativeTo: FileManager.default.currentDirectoryPath) }
    }

    /// Locates the function's program, building it first when needed.
    public func locate(_ function: FunctionDefinition) throws(LambdaLocalError) -> FunctionBinary {
        if let s3 = function.codeInS3 {
            throw LambdaLocalError(
                "function \(function.logicalId) has its code in S3 (CodeUri \(s3)), which cannot be run locally: "
                    + "lambda-local runs functions built from this package or a bootstrap in a local CodeUri folder")
        }
        let codeDirectory = absolute(function.codeUri ?? ".", relativeTo: templateDirectory)
        let bootstrap = (codeDirectory as NSString).appendingPathComponent("bootstrap")
        if FileManager.default.isExecutableFile(atPath: bootstrap) {
            return FunctionBinary(executable: bootstrap, taskRoot: codeDirectory, origin: .bootstrap)
        }
        // Products built already need no package: only their folder.
        if let productsDirectory {
            let executable = "\(productsDirectory)/\(function.logicalId)"
            guard FileManager.default.isExecutableFile(atPath: executable) else {
                throw LambdaLocalError(
                    "function \(function.logicalId) is not in --products \(productsDirectory): \(executable) does not exist "
                        + "(and its CodeUri \(codeDirectory) has no executable bootstrap)")
            }
            return FunctionBinary(executable: executable, taskRoot: codeDirectory, origin: .builtProduct)
        }
        guard let packageRoot = Self.packageRoot(startingAt: templateDirectory) else {
            throw LambdaLocalError(
                "function \(function.logicalId) has no executable bootstrap in its CodeUri (\(codeDirectory)) "
                    + "and there is no Package.swift above the template to build it from")
        }
        let executable = "\(packageRoot)/.build/\(configuration)/\(function.logicalId)"
        if !skipBuild {
            try SwiftBuild(packageRoot: packageRoot, configuration: configuration).build(product: function.logicalId)
        }
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw LambdaLocalError(
                skipBuild
                    ? "function \(function.logicalId) is not built: \(executable) does not exist (run `swift build --product \(function.logicalId)`, or drop --skip-build)"
                    : "function \(function.logicalId): swift build finished but \(executable) does not exist")
        }
        return FunctionBinary(executable: executable, taskRoot: codeDirectory, origin: .swiftProduct(packageRoot: packageRoot))
    }

    /// Builds, with one `swift build`, every function that is a product of the package (those without
    /// a `bootstrap` of their own). Afterwards ``locate(_:)`` with `skipBuild` finds them all.
    public func buildAll(_ functions: [FunctionDefinition]) throws(LambdaLocalError) {
        guard !skipBuild else { return }
        let needsBuild = functions.contains { function in
            let codeDirectory = absolute(function.codeUri ?? ".", relativeTo: templateDirectory)
            return !FileManager.default.isExecutableFile(atPath: (codeDirectory as NSString).appendingPathComponent("bootstrap"))
        }
        guard needsBuild, let packageRoot = Self.packageRoot(startingAt: templateDirectory) else { return }
        try SwiftBuild(packageRoot: packageRoot, configuration: configuration).build(product: nil)
    }

    /// The nearest folder at or above `directory` that holds a `Package.swift`.
    static func packageRoot(startingAt directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent("Package.swift").path) {
                return current.path
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}

/// `path` made absolute against `base` when it is relative, and normalized.
func absolute(_ path: String, relativeTo base: String) -> String {
    let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: base).appendingPathComponent(path)
    return url.standardizedFileURL.path
}

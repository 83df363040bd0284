import Foundation
@testable import LambdaLocal
import SAMTemplate
import Testing

/// What `make test` produces before `swift test` starts (the tests cannot run `swift build` while
/// swift test holds the package's build folder), where to find it, and whether its absence fails.
///
/// Under CI, or when the Makefile names the folders (`LAMBDA_PACKAGES`, `SAM_BUILD_DIR`), a missing
/// artifact fails its test with the command that produces it; otherwise those tests are disabled with
/// that reason shown.
enum DeploymentArtifacts {
    static let environment = ProcessInfo.processInfo.environment
    static let templatePath = "\(BuiltProducts.packageRoot)/template.yaml"

    /// The template's functions that `lambda-local package` packages, by logical ID.
    static let packagedFunctions: [FunctionDefinition] = {
        guard let template = try? SAMTemplate.load(path: templatePath) else { return [] }
        return template.functions.values
            .filter { PackageSelection.isPackageProduct($0, templateDirectory: BuiltProducts.packageRoot) }
            .sorted { $0.logicalId < $1.logicalId }
    }()

    static var packagedFunctionNames: [String] { packagedFunctions.map(\.logicalId) }

    // MARK: make package

    /// `LAMBDA_PACKAGES`, or `.build/lambda`, where `make package` writes.
    static let packagesDirectory = absolute(environment["LAMBDA_PACKAGES"] ?? ".build/lambda", relativeTo: BuiltProducts.packageRoot)
    static let packagesRequired = environment["CI"] != nil || environment["LAMBDA_PACKAGES"] != nil
    static var packagesPresent: Bool { FileManager.default.fileExists(atPath: "\(packagesDirectory)/hello.zip") }
    static let packagesHint = "run `make package` (or `lambda-local package`) before `swift test`, as `make test` does; LAMBDA_PACKAGES names the folder of the zips"
    static var packagesCheckable: Bool { packagesRequired || packagesPresent }

    static func zip(of logicalId: String) -> String { "\(packagesDirectory)/\(logicalId).zip" }

    // MARK: sam build

    /// `SAM_BUILD_DIR`, or `.build/sam-build`, where `make test` runs `sam build --build-dir`.
    static let samBuildDirectory = absolute(environment["SAM_BUILD_DIR"] ?? ".build/sam-build", relativeTo: BuiltProducts.packageRoot)
    static let samBuildRequired = environment["CI"] != nil || environment["SAM_BUILD_DIR"] != nil
    static var samBuildPresent: Bool { FileManager.default.fileExists(atPath: "\(samBuildDirectory)/template.yaml") }
    static let samBuildHint = "run `sam build --build-in-source --build-dir .build/sam-build` before `swift test`, as `make test` does; SAM_BUILD_DIR names the folder"
    static var samBuildCheckable: Bool { samBuildRequired || samBuildPresent }

    // MARK: The AWS SAM CLI

    /// The virtual environment `scripts/ensure-packages test` installs the SAM CLI into.
    static let samCLIBin = "\(BuiltProducts.packageRoot)/.build-tools/aws-sam-cli/bin"
    static let samCLIRequired = environment["CI"] != nil || environment["LAMBDA_PACKAGES"] != nil
    static var samCLIPresent: Bool { FileManager.default.isExecutableFile(atPath: "\(samCLIBin)/sam") }
    static let samCLIHint = "install the AWS SAM CLI with `scripts/ensure-packages test` (make test does)"
    static var samCLICheckable: Bool { samCLIRequired || samCLIPresent }

    /// The variables Lambda gives the function (its template `Environment` among them), with AWS's
    /// endpoints pointed at a closed loopback port: nothing leaves the machine.
    static func lambdaVariables(for function: FunctionDefinition) -> [String: String] {
        FunctionEnvironment(region: "us-east-1", hostEnvironment: [:]).variables(
            for: function,
            binary: FunctionBinary(executable: "/var/task/bootstrap", taskRoot: "/var/task", origin: .bootstrap),
            overrides: nil,
            servicesEndpoint: "http://127.0.0.1:9")
    }

    /// The zip of `logicalId` unpacked in an empty root, with the variables Lambda gives the function;
    /// a missing zip fails with the command that makes it.
    static func emptyRoot(of logicalId: String, image: LambdaImage) async throws -> (root: EmptyRoot, variables: [String: String]) {
        let zip = zip(of: logicalId)
        try #require(FileManager.default.fileExists(atPath: zip), "\(zip) is missing: \(packagesHint)")
        let function = try #require(packagedFunctions.first { $0.logicalId == logicalId })
        return (try await EmptyRoot.create(zip: zip, image: image), lambdaVariables(for: function))
    }
}

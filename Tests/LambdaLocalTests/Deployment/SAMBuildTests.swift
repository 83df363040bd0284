import Foundation
@testable import LambdaLocal
import Testing

/// What the AWS SAM CLI's own `sam build` produced (`make test` runs it into `.build/sam-build`): SAM
/// runs the Makefile's `build-<LogicalId>` for every function, and what it would deploy must be the
/// same self-contained bootstrap as `make package`'s.
@Suite(.enabled(if: DeploymentArtifacts.samBuildCheckable, "no sam build output in \(DeploymentArtifacts.samBuildDirectory): \(DeploymentArtifacts.samBuildHint)"))
struct SAMBuildTests {
    @Test func samBuildPutsEveryFunctionsSelfContainedBootstrapInItsArtifacts() async throws {
        let directory = DeploymentArtifacts.samBuildDirectory
        #expect(FileManager.default.fileExists(atPath: "\(directory)/template.yaml"), "\(DeploymentArtifacts.samBuildHint)")
        #expect(!DeploymentArtifacts.packagedFunctions.isEmpty)
        for logicalId in DeploymentArtifacts.packagedFunctionNames {
            let artifacts = "\(directory)/\(logicalId)"
            #expect(FileManager.default.isExecutableFile(atPath: "\(artifacts)/bootstrap"), "sam build left no bootstrap in \(artifacts)")
            guard FileManager.default.fileExists(atPath: "\(artifacts)/bootstrap") else { continue }
            #expect(try await OffThread.run { try SelfContainedCheck.problems(in: artifacts) } == [], "\(logicalId)")
        }
    }

    @Test(arguments: LambdaImage.allCases)
    func samsHelloAnswersInAnEmptyRoot(image: LambdaImage) async throws {
        let artifacts = "\(DeploymentArtifacts.samBuildDirectory)/hello"
        try #require(FileManager.default.fileExists(atPath: "\(artifacts)/bootstrap"), "\(DeploymentArtifacts.samBuildHint)")
        let function = try #require(DeploymentArtifacts.packagedFunctions.first { $0.logicalId == "hello" })
        let root = try EmptyRoot.create(taskFolder: artifacts, image: image)
        defer { root.remove() }
        let run = try await root.invokeOnce(image: image, environment: DeploymentArtifacts.lambdaVariables(for: function), event: #"{"name": "SAM"}"#)
        #expect(run.response == #"{"message":"Hello, SAM!"}"#, "\(run.initOutcome) \(String(describing: run.outcome))\n\(run.output)")
    }

    @Test func samsBuiltTemplatePointsEveryFunctionAtItsArtifacts() throws {
        let built = try String(contentsOfFile: "\(DeploymentArtifacts.samBuildDirectory)/template.yaml", encoding: .utf8)
        for logicalId in DeploymentArtifacts.packagedFunctionNames {
            #expect(built.contains("CodeUri: \(logicalId)\n"), "\(logicalId) is not built from its own artifacts folder")
        }
    }
}

import Foundation
@testable import LambdaLocal
import SAMTemplate
import Testing

/// `template.yaml` deploys as it is: AWS's SAM translator turns it into CloudFormation, cfn-lint and
/// `sam validate --lint` find nothing, and every function is built by SAM through the Makefile.
@Suite struct TemplateValidationTests {
    /// What `sam package` does before CloudFormation sees the template (every local `CodeUri` becomes
    /// the S3 object it uploaded), then the SAM transform as CloudFormation runs it. Prints the
    /// resulting functions' properties as JSON.
    static let transform = """
        import json, sys
        from samtranslator.translator.transform import transform
        from samtranslator.yaml_helper import yaml_parse
        from samtranslator.model.exceptions import InvalidDocumentException

        class NoManagedPolicies:
            def load(self):
                return {}

        with open(sys.argv[1]) as f:
            template = yaml_parse(f.read())
        template.get("Globals", {}).get("Function", {}).pop("CodeUri", None)
        for name, resource in template["Resources"].items():
            if resource.get("Type") == "AWS::Serverless::Function":
                resource.setdefault("Properties", {})["CodeUri"] = f"s3://deployment-bucket/{name}.zip"
        try:
            output = transform(template, json.loads(sys.argv[2]), NoManagedPolicies())
        except InvalidDocumentException as error:
            for cause in error.causes:
                print(cause.message, file=sys.stderr)
            sys.exit(1)
        print(json.dumps({name: resource["Properties"] for name, resource in output["Resources"].items()
                          if resource["Type"] == "AWS::Lambda::Function"}))
        """

    static func samTool(_ name: String, _ arguments: [String]) async throws -> CommandRun {
        try await CommandRun.run(
            "\(DeploymentArtifacts.samCLIBin)/\(name)", arguments, in: BuiltProducts.packageRoot,
            environment: ["AWS_DEFAULT_REGION": "us-east-1", "SAM_CLI_TELEMETRY": "0"])
    }

    @Test(.enabled(if: DeploymentArtifacts.samCLICheckable, "\(DeploymentArtifacts.samCLIHint)"),
          arguments: ["{}", #"{"LambdaRuntime": "provided.al2023"}"#])
    func awsSAMTranslatorTransformsTheTemplate(parameters: String) async throws {
        try #require(DeploymentArtifacts.samCLIPresent, "\(DeploymentArtifacts.samCLIHint)")
        let run = try await Self.samTool("python", ["-c", Self.transform, DeploymentArtifacts.templatePath, parameters])
        try #require(run.status == 0, "the SAM transform failed: \(run.stderr)")
        let functions = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: [String: Any]])
        #expect(Set(functions.keys) == Set(DeploymentArtifacts.packagedFunctionNames))
        for (name, properties) in functions {
            #expect(properties["Handler"] as? String == "bootstrap", "\(name)")
            #expect((properties["Runtime"] as? [String: String])?["Ref"] == "LambdaRuntime", "\(name)")
            #expect(properties["Role"] != nil, "\(name) has no execution role")
        }
    }

    @Test(.enabled(if: DeploymentArtifacts.samCLICheckable, "\(DeploymentArtifacts.samCLIHint)"))
    func cfnLintFindsNothing() async throws {
        try #require(DeploymentArtifacts.samCLIPresent, "\(DeploymentArtifacts.samCLIHint)")
        let run = try await Self.samTool("cfn-lint", [DeploymentArtifacts.templatePath])
        #expect(run.status == 0 && run.stdoutText.isEmpty, "cfn-lint: \(run.stdoutText)\(run.stderr)")
    }

    @Test(.enabled(if: DeploymentArtifacts.samCLICheckable, "\(DeploymentArtifacts.samCLIHint)"))
    func samValidateLintPasses() async throws {
        try #require(DeploymentArtifacts.samCLIPresent, "\(DeploymentArtifacts.samCLIHint)")
        let run = try await Self.samTool("sam", ["validate", "--lint", "--template", DeploymentArtifacts.templatePath])
        #expect(run.status == 0, "sam validate --lint: \(run.stdoutText)\(run.stderr)")
    }

    @Test func everyPackagedFunctionIsBuiltBySAMThroughTheMakefile() {
        #expect(!DeploymentArtifacts.packagedFunctions.isEmpty)
        for function in DeploymentArtifacts.packagedFunctions {
            #expect(function.metadata["BuildMethod"]?.string == "makefile", "\(function.logicalId) needs Metadata: BuildMethod: makefile")
            #expect(function.handler == "bootstrap", "\(function.logicalId)")
            #expect(function.architectures == ["x86_64"], "\(function.logicalId)")
        }
    }

    @Test func theRuntimeIsAParameterOfTwoAllowedValues() throws {
        let byDefault = try SAMTemplate.load(path: DeploymentArtifacts.templatePath)
        #expect(byDefault.functions.values.allSatisfy { $0.runtime == "provided.al2" })
        let switched = try SAMTemplate.load(path: DeploymentArtifacts.templatePath, parameterOverrides: ["LambdaRuntime": "provided.al2023"])
        #expect(switched.functions.values.allSatisfy { $0.runtime == "provided.al2023" })
        #expect(throws: (any Error).self) {
            try SAMTemplate.load(path: DeploymentArtifacts.templatePath, parameterOverrides: ["LambdaRuntime": "python3.12"])
        }
    }
}

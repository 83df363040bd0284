import Foundation
import Testing

/// `--products` names functions built already, so it needs no Swift package around the template.
@Suite struct ProductsOptionTests {
    /// A project in the system's temporary folder, with no `Package.swift` anywhere above it.
    static func projectWithoutPackage(template: String) throws -> FixtureProject {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("no-package-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let project = FixtureProject(directory: directory)
        try project.write("template.yaml", template)
        return project
    }

    @Test func builtProductsRunWithoutAPackage() async throws {
        let project = try Self.projectWithoutPackage(template: """
            Resources:
              LambdaFixture:
                Type: AWS::Serverless::Function
                Properties: {CodeUri: ., Handler: echo, Runtime: provided.al2}
            """)
        defer { project.remove() }
        let event = #"{"from":"products"}"#
        try project.write("event.json", event)
        let run = try await project.lambdaLocal(
            ["invoke", "LambdaFixture", "-e", "event.json", "--products", BuiltProducts.directory, "--in-memory"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdoutText.contains(#""from":"products""#))
    }

    @Test func aFunctionMissingFromProductsIsNamed() async throws {
        let project = try Self.projectWithoutPackage(template: """
            Resources:
              NotBuiltAnywhere:
                Type: AWS::Serverless::Function
                Properties: {CodeUri: ., Handler: echo}
            """)
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "NotBuiltAnywhere", "--products", BuiltProducts.directory])
        #expect(run.status == 2)
        #expect(run.stderr.contains("NotBuiltAnywhere is not in --products \(BuiltProducts.directory)"), "\(run.stderr)")
    }
}

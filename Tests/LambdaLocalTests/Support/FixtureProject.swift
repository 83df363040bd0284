import Foundation

/// A throwaway SAM project whose functions are all the fixture binary, each with its own `Handler`.
///
/// The project lives under the package's `.build` folder, so that a function without a `bootstrap`
/// finds this package's `Package.swift` above it, as a user's project would.
struct FixtureProject {
    let directory: String

    /// Creates the project with the given template text; `fixture/bootstrap` links to the fixture binary.
    static func create(template: String) throws -> FixtureProject {
        let directory = "\(BuiltProducts.packageRoot)/.build/test-projects/\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: "\(directory)/fixture", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: "\(directory)/fixture/bootstrap", withDestinationPath: BuiltProducts.path("LambdaFixture"))
        try template.write(toFile: "\(directory)/template.yaml", atomically: true, encoding: .utf8)
        return FixtureProject(directory: directory)
    }

    /// A project with one function per fixture behaviour.
    static func standard() throws -> FixtureProject {
        try create(template: """
            AWSTemplateFormatVersion: "2010-09-09"
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage:
                Type: String
                Default: dev
                AllowedValues: [dev, prod]
            Globals:
              Function:
                CodeUri: fixture
                Runtime: provided.al2
                Timeout: 5
                Environment:
                  Variables:
                    FROM_GLOBALS: global
            Resources:
              Echo:
                Type: AWS::Serverless::Function
                Properties: {Handler: echo}
              Fail:
                Type: AWS::Serverless::Function
                Properties: {Handler: fail}
              Sleep:
                Type: AWS::Serverless::Function
                Properties: {Handler: sleep, Timeout: 1}
              Crash:
                Type: AWS::Serverless::Function
                Properties: {Handler: crash}
              InitFail:
                Type: AWS::Serverless::Function
                Properties: {Handler: initfail}
              InitCrash:
                Type: AWS::Serverless::Function
                Properties: {Handler: initcrash}
              Typed:
                Type: AWS::Serverless::Function
                Properties: {Handler: typed}
              Garbage:
                Type: AWS::Serverless::Function
                Properties: {Handler: garbage}
              Context:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: context
                  FunctionName: !Sub "context-${Stage}"
                  MemorySize: 512
              Logs:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: log
                  LoggingConfig:
                    LogFormat: JSON
                    ApplicationLogLevel: WARN
              Env:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: env
                  Environment:
                    Variables:
                      FROM_TEMPLATE: template
                      OVERRIDDEN_BY_SHARED: template
                      OVERRIDDEN_BY_FUNCTION: template
                      STAGE: !Ref Stage
                      TABLE: !Ref Table
              Table:
                Type: AWS::Serverless::SimpleTable
                Properties:
                  TableName: !Sub "items-${Stage}"
              LambdaFixture:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: .
                  Handler: echo
            """)
    }

    func write(_ name: String, _ contents: String) throws {
        try contents.write(toFile: "\(directory)/\(name)", atomically: true, encoding: .utf8)
    }

    /// Runs `lambda-local` in the project folder.
    func lambdaLocal(_ arguments: [String], stdin: Data? = nil) async throws -> CommandRun {
        try await CommandRun.run(BuiltProducts.lambdaLocal, arguments, in: directory, stdin: stdin)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}

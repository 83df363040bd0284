#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import SAMTemplate

@Suite("Errors name the file, the line and the problem")
struct ErrorTests {
    @Test("YAML syntax errors carry libyaml's position")
    func yamlSyntax() {
        let yaml = """
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: .
                 Handler: bootstrap
            """
        let error = loadingError(yaml)
        #expect(error?.code == .syntax)
        #expect(error?.description.hasPrefix("template.yaml, line 6, column ") == true)
        #expect(error?.message.contains("invalid YAML") == true)
    }

    @Test("an unclosed quote is a syntax error")
    func unclosedQuote() {
        let error = loadingError("Resources:\n  Hello:\n    Type: \"AWS::Serverless::Function\n")
        #expect(error?.code == .syntax)
        #expect(error?.description.contains("line 3") == true)
    }

    @Test("a repeated key is an error at its line")
    func duplicateKey() {
        let yaml = """
            Resources:
              Hello:
                Type: AWS::Serverless::Function
              Hello:
                Type: AWS::Serverless::Function
            """
        let error = loadingError(yaml)
        #expect(error?.code == .syntax)
        #expect(error?.description == "template.yaml, line 2, column 3: duplicate key 'Hello' in the same mapping")
    }

    @Test("the template's sections must be there and have the right shape", arguments: [
        ("AWSTemplateFormatVersion: '2010-09-09'\nDescription: nothing\n", TemplateError.Code.missingResources,
         "template.yaml, line 1, column 1: the template has no Resources section"),
        ("Resources: [a, b]\n", .missingResources,
         "template.yaml, line 1, column 12: Resources must be a mapping of logical IDs to resources"),
        ("", .invalidTemplate, "template.yaml, line 1, column 1: the template is empty"),
        ("- just\n- a list\n", .invalidTemplate,
         "template.yaml, line 1, column 1: the template must be a mapping of sections (Resources, Parameters, ...)"),
        ("Parameters: 3\nResources: {}\n", .invalidTemplate,
         "template.yaml, line 1, column 13: the Parameters section must be a mapping"),
        ("Resources:\n  Hello: just-text\n", .invalidTemplate,
         "template.yaml, line 2, column 3: resource 'Hello' must be a mapping with a Type"),
        ("Globals:\n  Function: [Timeout]\nResources: {}\n", .invalidTemplate,
         "template.yaml, line 2, column 3: Globals.Function must be a mapping of properties"),
    ])
    func sections(yaml: String, code: TemplateError.Code, description: String) {
        let error = loadingError(yaml)
        #expect(error?.code == code)
        #expect(error?.description == description)
    }

    @Test("a resource without a Type is an error at its logical ID")
    func missingType() {
        let yaml = """
            Resources:
              Orders:
                Type: AWS::DynamoDB::Table
              Hello:
                Properties:
                  CodeUri: .
            """
        let error = loadingError(yaml)
        #expect(error?.code == .missingResourceType)
        #expect(error?.description == "template.yaml, line 4, column 3: resource 'Hello' has no Type")
    }

    @Test("a function whose Properties is not a mapping is an error")
    func nonMapProperties() {
        let yaml = """
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties: ./hello
            """
        let error = loadingError(yaml)
        #expect(error?.code == .invalidProperty)
        #expect(error?.description == "template.yaml, line 4, column 17: the Properties of resource 'Hello' "
                + "(AWS::Serverless::Function) must be a mapping")
    }

    @Test("Fn::If with two arguments is an error at its line")
    func ifWithTwoArguments() {
        let yaml = """
            Conditions:
              IsProd: !Equals [a, b]
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  MemorySize: !If [IsProd, 1024]
            """
        let error = loadingError(yaml)
        #expect(error?.code == .malformedIntrinsic)
        #expect(error?.description.contains("line 7") == true)
        #expect(error?.message.contains("Fn::If takes 3 arguments") == true)
    }

    @Test("load(path:) reads a file and names it in errors")
    func loadFromFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sam-template-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("template.yaml")
        try Data(("\u{FEFF}" + shopTemplate).utf8).write(to: good)
        let template = try SAMTemplate.load(path: good.path, parameterOverrides: ["Stage": "prod"], region: "eu-west-1")
        #expect(template.fileName == good.path)
        #expect(template.functions["CreateOrder"]?.memorySize == 1024)
        #expect(template.context.region == "eu-west-1")

        let bad = directory.appendingPathComponent("bad.yaml")
        try Data("Resources:\n  Hello:\n    Type: AWS::Serverless::Function\n    Properties: {Timeout: !Wait 3}\n".utf8)
            .write(to: bad)
        let error = #expect(throws: TemplateError.self) { try SAMTemplate.load(path: bad.path) }
        #expect(error?.description.hasPrefix("\(bad.path), line 4, column 27: unsupported YAML tag '!Wait'") == true)

        let missing = #expect(throws: TemplateError.self) {
            try SAMTemplate.load(path: directory.appendingPathComponent("nope.yaml").path)
        }
        #expect(missing?.code == .unreadableFile)
        #expect(missing?.description.contains("nope.yaml") == true)
    }
}

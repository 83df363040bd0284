import Testing
@testable import SAMTemplate

@Suite("Parsing YAML and JSON into template values")
struct ParsingTests {
    private func read(_ yaml: String) throws(TemplateError) -> TemplateValue {
        var reader = TemplateReader(fileName: "template.yaml")
        return try reader.read(yaml)
    }

    @Test("every short-form tag becomes its intrinsic function", arguments: IntrinsicFunction.allCases)
    func shortFormTags(function: IntrinsicFunction) throws {
        let root = try read("Value: \(function.shortFormTag) Argument\n")
        let value = try #require(root["Value"])
        #expect(value.kind == .intrinsic(function, TemplateValue(.string("Argument"), at: value.location)))
    }

    @Test("every long form (a one-key mapping) becomes the same call", arguments: IntrinsicFunction.allCases)
    func longForms(function: IntrinsicFunction) throws {
        let root = try read("Value: {\"\(function.rawValue)\": Argument}\n")
        guard case .intrinsic(let parsed, let argument)? = root["Value"]?.kind else {
            Issue.record("\(function.rawValue) was not read as an intrinsic call")
            return
        }
        #expect(parsed == function)
        #expect(argument.kind == .string("Argument"))
    }

    @Test("short forms take sequences and mappings as arguments")
    func shortFormsWithCollections() throws {
        let root = try read("""
            If: !If [IsProd, !Ref Big, 128]
            Sub: !Sub ["${A}-x", {A: !Ref Stage}]
            Transform: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}
            """)
        guard case .intrinsic(.if, let arguments)? = root["If"]?.kind else {
            Issue.record("!If was not read as Fn::If")
            return
        }
        #expect(arguments.elements?.count == 3)
        #expect(arguments.elements?[2].kind == .number("128"))
        if case .intrinsic(.ref, let name)? = arguments.elements?[1].kind {
            #expect(name.kind == .string("Big"))
        } else {
            Issue.record("the nested !Ref was not read as Ref")
        }
        guard case .intrinsic(.sub, let subArguments)? = root["Sub"]?.kind else {
            Issue.record("!Sub list form was not read as Fn::Sub")
            return
        }
        #expect(subArguments.elements?[1].entries?.first?.key == "A")
        guard case .intrinsic(.transform, let transform)? = root["Transform"]?.kind else {
            Issue.record("!Transform was not read as Fn::Transform")
            return
        }
        #expect(transform["Name"]?.text == "AWS::Include")
    }

    @Test("Condition is an intrinsic only when it names a condition")
    func conditionKeyInPolicies() throws {
        let root = try read("""
            Named: {Condition: IsProd}
            Policy:
              Condition:
                StringEquals: {aws:RequestedRegion: eu-west-1}
            """)
        if case .intrinsic(.condition, _)? = root["Named"]?.kind {} else {
            Issue.record("{Condition: IsProd} should be a condition reference")
        }
        #expect(root["Policy"]?["Condition"]?["StringEquals"] != nil)
    }

    @Test("an unknown tag is an error naming the tag and its line")
    func unknownTag() {
        let yaml = """
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: !Path ./hello
            """
        let error = loadingError(yaml)
        #expect(error?.code == .unsupportedTag)
        #expect(error?.description.contains("'!Path'") == true)
        #expect(error?.description.contains("line 5") == true)
        #expect(error?.description.hasPrefix("template.yaml, line 5, column 16: ") == true)
    }

    @Test("YAML 1.1 words stay strings; only true/false, null and decimal numbers get a type")
    func scalarTypes() throws {
        let root = try read("""
            Yes: yes
            Off: off
            Hex: 0x1F
            Octal: 0o17
            True: true
            TitleFalse: False
            Quoted: "true"
            Zip: 01234
            Float: 1.50
            Negative: -7
            Exponent: 6.02e23
            Tilde: ~
            Empty:
            Infinity: .inf
            Date: 2024-01-31
            ExplicitString: !!str 10
            ExplicitInt: !!int 10
            """)
        #expect(root["Yes"]?.kind == .string("yes"))
        #expect(root["Off"]?.kind == .string("off"))
        #expect(root["Hex"]?.kind == .string("0x1F"))
        #expect(root["Octal"]?.kind == .string("0o17"))
        #expect(root["True"]?.kind == .bool(true))
        #expect(root["TitleFalse"]?.kind == .bool(false))
        #expect(root["Quoted"]?.kind == .string("true"))
        #expect(root["Zip"]?.kind == .number("01234"))
        #expect(root["Float"]?.kind == .number("1.50"))
        #expect(root["Negative"]?.kind == .number("-7"))
        #expect(root["Exponent"]?.kind == .number("6.02e23"))
        #expect(root["Tilde"]?.kind == .null)
        #expect(root["Empty"]?.kind == .null)
        #expect(root["Infinity"]?.kind == .string(".inf"))
        #expect(root["Date"]?.kind == .string("2024-01-31"))
        #expect(root["ExplicitString"]?.kind == .string("10"))
        #expect(root["ExplicitInt"]?.kind == .number("10"))
    }

    @Test("values remember their line and column; entries remember where their key is")
    func positions() throws {
        let root = try read("""
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: !Ref Seconds
            """)
        let resources = try #require(root["Resources"])
        let hello = try #require(resources.entry("Hello"))
        #expect(hello.keyLocation == SourceLocation(line: 2, column: 3))
        #expect(hello.value.location == SourceLocation(line: 3, column: 5))
        let timeout = try #require(hello.value["Properties"]?["Timeout"])
        #expect(timeout.location == SourceLocation(line: 5, column: 16))
    }

    @Test("anchors, aliases and merge keys are expanded")
    func anchorsAndMergeKeys() throws {
        let root = try read("""
            Defaults: &defaults
              Timeout: 10
              MemorySize: 256
            Function:
              <<: *defaults
              MemorySize: 512
            Copy: *defaults
            """)
        #expect(root["Function"]?["Timeout"]?.kind == .number("10"))
        #expect(root["Function"]?["MemorySize"]?.kind == .number("512"))
        #expect(root["Copy"]?["MemorySize"]?.kind == .number("256"))
    }

    @Test("a JSON template with tab indentation, long forms and escapes loads")
    func jsonTemplate() throws {
        let json = """
            {
            \t"Parameters": {"Stage": {"Type": "String", "Default": "dev"}},
            \t"Resources": {
            \t\t"Hello": {
            \t\t\t"Type": "AWS::Serverless::Function",
            \t\t\t"Properties": {
            \t\t\t\t"Handler": "bin\\/bootstrap",
            \t\t\t\t"Timeout": 15,
            \t\t\t\t"MemorySize": 512,
            \t\t\t\t"Environment": {"Variables": {
            \t\t\t\t\t"STAGE": {"Fn::Join": ["-", [{"Ref": "Stage"}, {"Ref": "AWS::Region"}]]},
            \t\t\t\t\t"ZIP": "01234",
            \t\t\t\t\t"RATIO": 0.25,
            \t\t\t\t\t"ENABLED": true
            \t\t\t\t}}
            \t\t\t}
            \t\t}
            \t}
            }
            """
        let template = try SAMTemplate.parse(yaml: json, fileName: "template.json")
        let hello = try #require(template.function(named: "Hello"))
        #expect(hello.handler == "bin/bootstrap")
        #expect(hello.timeout == 15)
        #expect(hello.memorySize == 512)
        #expect(hello.environment == ["STAGE": "dev-us-east-1", "ZIP": "01234", "RATIO": "0.25", "ENABLED": "true"])
        #expect(hello.line == 4)
    }

    @Test("a JSON syntax error names the file and line")
    func jsonSyntaxError() {
        let json = """
            {
              "Resources": {
                "Hello": {"Type": "AWS::Serverless::Function",}
                "Bye": {}
              }
            }
            """
        let error = loadingError(json, fileName: "template.json")
        #expect(error?.code == .syntax)
        #expect(error?.description.hasPrefix("template.json, line 4") == true)
    }
}

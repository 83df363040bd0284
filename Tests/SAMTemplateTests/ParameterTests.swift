import Testing
import SAMTemplate

@Suite("Parameters and their overrides")
struct ParameterTests {
    private let yaml = """
        Parameters:
          Stage:
            Type: String
            Default: dev
            AllowedValues: [dev, staging, prod]
          Seconds:
            Type: Number
            Default: 10
            MinValue: 1
            MaxValue: 900
          Origins:
            Type: CommaDelimitedList
            Default: "https://a.example, https://b.example"
          Weights:
            Type: List<Number>
            Default: 1,2,3
          Vpc:
            Type: AWS::EC2::VPC::Id
            Default: vpc-123
          Prefix:
            Type: String
            Default: shop
            AllowedPattern: "[a-z][a-z0-9-]*"
            MinLength: 2
            MaxLength: 12
          Required:
            Type: String
        Resources:
          Hello:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .
              Timeout: !Ref Seconds
              Environment:
                Variables:
                  STAGE: !Ref Stage
                  FIRST_ORIGIN: !Select [0, !Ref Origins]
                  ORIGINS: !Join [' ', !Ref Origins]
                  WEIGHTS: !Join ['+', !Ref Weights]
                  VPC: !Ref Vpc
                  PREFIX: !Ref Prefix
        """

    @Test("defaults are read with their types")
    func defaults() throws {
        let template = try SAMTemplate.parse(yaml: yaml, parameterOverrides: ["Required": "x"])
        let hello = try #require(template.function(named: "Hello"))
        #expect(hello.timeout == 10)
        #expect(hello.environment == [
            "STAGE": "dev", "FIRST_ORIGIN": "https://a.example", "ORIGINS": "https://a.example https://b.example",
            "WEIGHTS": "1+2+3", "VPC": "vpc-123", "PREFIX": "shop",
        ])
        #expect(template.parameters["Origins"]?.type == .stringList)
        #expect(template.parameters["Weights"]?.type == .numberList)
        #expect(template.parameters["Vpc"]?.type == .string)
        #expect(template.parameters["Seconds"]?.defaultValue == "10")
        #expect(template.context.parameterValues["Seconds"] == .string("10"))
    }

    @Test("overrides replace defaults and keep their text")
    func overrides() throws {
        let template = try SAMTemplate.parse(yaml: yaml, parameterOverrides: [
            "Stage": "prod", "Seconds": "60", "Origins": "https://c.example", "Prefix": "a01234", "Required": "01234",
        ])
        let hello = try #require(template.function(named: "Hello"))
        #expect(hello.timeout == 60)
        #expect(hello.environment["STAGE"] == "prod")
        #expect(hello.environment["ORIGINS"] == "https://c.example")
        #expect(hello.environment["PREFIX"] == "a01234")
        #expect(template.context.parameterValues["Required"] == .string("01234"))
    }

    @Test("a parameter with no value stays unresolved, with a warning")
    func missingValue() throws {
        let yaml = """
            Parameters:
              ApiKey:
                Type: String
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                    Variables:
                      API_KEY: !Ref ApiKey
            """
        let template = try SAMTemplate.parse(yaml: yaml)
        #expect(template.functions["Hello"]?.environment == ["API_KEY": ""])
        #expect(template.warnings.map(\.description) == [
            "template.yaml:10: parameter 'ApiKey' has no value (no Default and no override); "
                + "API_KEY is set to an empty string",
        ])
    }

    @Test("bad overrides and defaults are errors that name the parameter", arguments: [
        (["Nope": "1"], TemplateError.Code.unknownParameter,
         "template.yaml: parameter override 'Nope' does not match any parameter in Parameters "
            + "(Origins, Prefix, Required, Seconds, Stage, Vpc, Weights)"),
        (["Stage": "qa"], .invalidParameterValue,
         "template.yaml, line 2, column 3: parameter 'Stage' override 'qa' is not one of the AllowedValues "
            + "(dev, staging, prod)"),
        (["Seconds": "ten"], .invalidParameterValue,
         "template.yaml, line 6, column 3: parameter 'Seconds' override 'ten' is not a number (Type is Number)"),
        (["Seconds": "0x10"], .invalidParameterValue,
         "template.yaml, line 6, column 3: parameter 'Seconds' override '0x10' is not a number (Type is Number)"),
        (["Seconds": "901"], .invalidParameterValue,
         "template.yaml, line 6, column 3: parameter 'Seconds' override '901' is above MaxValue 900"),
        (["Seconds": "0"], .invalidParameterValue,
         "template.yaml, line 6, column 3: parameter 'Seconds' override '0' is below MinValue 1"),
        (["Weights": "1,two"], .invalidParameterValue,
         "template.yaml, line 14, column 3: parameter 'Weights' override '1,two' is not a number (Type is List<Number>)"),
        (["Prefix": "Shop"], .invalidParameterValue,
         "template.yaml, line 20, column 3: parameter 'Prefix' override 'Shop' does not match AllowedPattern "
            + "[a-z][a-z0-9-]*"),
        (["Prefix": "s"], .invalidParameterValue,
         "template.yaml, line 20, column 3: parameter 'Prefix' override 's' is shorter than MinLength 2"),
        (["Prefix": "a-very-long-prefix"], .invalidParameterValue,
         "template.yaml, line 20, column 3: parameter 'Prefix' override 'a-very-long-prefix' is longer than MaxLength 12"),
    ])
    func invalid(overrides: [String: String], code: TemplateError.Code, description: String) {
        let error = loadingError(yaml, overrides: overrides)
        #expect(error?.code == code)
        #expect(error?.description == description)
    }

    @Test("a default outside AllowedValues is reported as the default")
    func invalidDefault() {
        let yaml = """
            Parameters:
              Stage: {Type: String, Default: test, AllowedValues: [dev, prod]}
            Resources:
              Topic: {Type: AWS::SNS::Topic}
            """
        let error = loadingError(yaml)
        #expect(error?.description == "template.yaml, line 2, column 3: parameter 'Stage' Default 'test' is not one of "
                + "the AllowedValues (dev, prod)")
    }

    @Test("a parameter without a Type is an error")
    func missingType() {
        let yaml = """
            Parameters:
              Stage:
                Default: dev
            Resources:
              Topic: {Type: AWS::SNS::Topic}
            """
        #expect(loadingError(yaml)?.description == "template.yaml, line 2, column 3: parameter 'Stage' has no Type")
    }
}

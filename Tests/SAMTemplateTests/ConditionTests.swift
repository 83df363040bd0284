import Testing
import SAMTemplate

@Suite("Conditions")
struct ConditionTests {
    private let yaml = """
        Parameters:
          Stage: {Type: String, Default: dev}
          Region: {Type: String, Default: eu-west-1}
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
          IsDev: {"Fn::Equals": [dev, {Ref: Stage}]}
          NotProd: !Not [!Condition IsProd]
          InEurope: !Equals [!Select [0, !Split ['-', !Ref Region]], eu]
          DevInEurope: !And [!Condition IsDev, {Condition: InEurope}]
          ProdOrEurope: {"Fn::Or": [!Condition IsProd, !Condition InEurope]}
          Everything: {"Fn::And": [!Condition IsDev, {"Fn::Not": [{Condition: IsProd}]}]}
        Resources:
          Always:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .
              Environment:
                Variables:
                  MODE: !If [IsProd, production, !If [DevInEurope, dev-eu, other]]
                  LONG: {"Fn::If": [NotProd, yes-long, no-long]}
          ProdOnly:
            Type: AWS::Serverless::Function
            Condition: IsProd
            Properties:
              CodeUri: .
          ProdTable:
            Type: AWS::DynamoDB::Table
            Condition: IsProd
        """

    @Test("Fn::Equals, Fn::Not, Fn::And, Fn::Or and Condition, short and long forms")
    func evaluation() throws {
        let template = try SAMTemplate.parse(yaml: yaml)
        #expect(template.context.conditionValues == [
            "IsProd": false, "IsDev": true, "NotProd": true, "InEurope": true,
            "DevInEurope": true, "ProdOrEurope": true, "Everything": true,
        ])
        #expect(template.functions["Always"]?.environment == ["MODE": "dev-eu", "LONG": "yes-long"])
    }

    @Test("overrides change the conditions and which resources exist")
    func resourceConditions() throws {
        let dev = try SAMTemplate.parse(yaml: yaml)
        #expect(dev.functions.keys.sorted() == ["Always"])
        #expect(dev.tables.isEmpty)
        #expect(dev.resources["ProdOnly"]?.condition == "IsProd")

        let prod = try SAMTemplate.parse(yaml: yaml, parameterOverrides: ["Stage": "prod"])
        #expect(prod.functions.keys.sorted() == ["Always", "ProdOnly"])
        #expect(prod.tables.map(\.logicalId) == ["ProdTable"])
        #expect(prod.functions["Always"]?.environment["MODE"] == "production")
        #expect(prod.context.conditionValues["ProdOrEurope"] == true)
    }

    @Test("an undefined condition in Fn::If is an error with its line")
    func unknownConditionInIf() {
        let yaml = """
            Conditions:
              IsProd: !Equals [a, b]
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  MemorySize: !If [IsProduction, 1024, 128]
            """
        let error = loadingError(yaml)
        #expect(error?.code == .unknownCondition)
        #expect(error?.description == "template.yaml, line 7, column 24: condition 'IsProduction' is not defined "
                + "in Conditions (IsProd)")
    }

    @Test("an undefined condition on a resource is an error with its line")
    func unknownResourceCondition() {
        let yaml = """
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Condition: Missing
            """
        let error = loadingError(yaml)
        #expect(error?.code == .unknownCondition)
        #expect(error?.description.contains("line 4") == true)
        #expect(error?.message.contains("'Missing'") == true)
    }

    @Test("conditions that refer to each other in a loop are an error")
    func circular() {
        let yaml = """
            Conditions:
              A: !Condition B
              B: !Not [!Condition C]
              C: !Or [!Condition A, !Equals [x, y]]
            Resources:
              Topic: {Type: AWS::SNS::Topic}
            """
        let error = loadingError(yaml)
        #expect(error?.code == .circularReference)
        #expect(error?.message == "conditions refer to each other in a loop: A → B → C → A")
        #expect(error?.location?.line == 2)
    }

    @Test("condition functions with the wrong arguments are errors", arguments: [
        ("!Not [!Condition X, !Condition Y]", "Fn::Not takes [condition], but was given 2 arguments"),
        ("!And [!Condition X]", "Fn::And takes a list of 2 to 10 conditions, but was given 1 argument"),
        ("!Equals [a]", "Fn::Equals takes [value_1, value_2], but was given 1 argument"),
        ("!Or [a, b]", "Fn::Or must be a condition function such as Fn::Equals or Condition, not a string"),
        ("!Condition [X]", "Condition needs the condition name to be written as a plain string"),
    ])
    func malformed(definition: String, message: String) {
        let yaml = """
            Conditions:
              X: !Equals [1, 1]
              Y: !Equals [1, 2]
              Broken: \(definition)
            Resources:
              Topic: {Type: AWS::SNS::Topic}
            """
        let error = loadingError(yaml)
        #expect(error?.code == .malformedIntrinsic)
        #expect(error?.message == message)
        #expect(error?.location?.line == 4)
    }

    @Test("Fn::Equals on a value that cannot be known locally is false, with a warning")
    func equalsOnUnresolved() throws {
        let yaml = """
            Conditions:
              SharedVpc: !Equals [!ImportValue network-mode, shared]
            Resources:
              Topic: {Type: AWS::SNS::Topic}
            """
        let template = try SAMTemplate.parse(yaml: yaml)
        #expect(template.context.conditionValues["SharedVpc"] == false)
        #expect(template.warnings.map(\.description) == [
            "template.yaml:2: Fn::ImportValue cannot be resolved locally; Fn::Equals is taken as false",
        ])
    }
}

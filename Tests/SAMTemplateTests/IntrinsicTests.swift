import Testing
import SAMTemplate

@Suite("Resolving intrinsic functions")
struct IntrinsicTests {
    private let resources = """
        Parameters:
          Stage: {Type: String, Default: dev}
          Zones: {Type: CommaDelimitedList, Default: "a, b,c"}
        Mappings:
          RegionSettings:
            us-east-1: {Size: small, Subnets: [s1, s2]}
            eu-west-1: {Size: large}
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties: {TableName: !Sub "${Stage}-orders"}
          Carts:
            Type: AWS::Serverless::SimpleTable
          Hello:
            Type: AWS::Serverless::Function
            Properties: {CodeUri: ., FunctionName: hello-fn}
          Bye:
            Type: AWS::Lambda::Function
            Properties: {Code: ., Handler: bootstrap, Runtime: provided.al2}
          Bus:
            Type: AWS::Events::EventBus
            Properties: {Name: shop-bus}
          Queue:
            Type: AWS::SQS::Queue
          Topic:
            Type: AWS::SNS::Topic
            Properties: {TopicName: alerts}
          Role:
            Type: AWS::IAM::Role
            Properties: {RoleName: worker}
          Machine:
            Type: AWS::StepFunctions::StateMachine
          Bucket:
            Type: AWS::S3::Bucket
          Probe:
            Type: Custom::Probe
            Properties:
        """

    /// Resolves a one-line expression inside the template above.
    private func resolve(_ expression: String, region: String = "us-east-1") throws(TemplateError) -> ResolvedValue? {
        let template = try SAMTemplate.parse(yaml: resources + "\n      Value: " + expression, region: region)
        return template.resource(named: "Probe")?.properties["Value"]
    }

    @Test("Ref gives parameters, pseudo parameters and resource names", arguments: [
        ("!Ref Stage", ResolvedValue.string("dev")),
        ("{Ref: Stage}", .string("dev")),
        ("!Ref Zones", .list([.string("a"), .string("b"), .string("c")])),
        ("!Ref AWS::Region", .string("us-east-1")),
        ("!Ref AWS::AccountId", .string("123456789012")),
        ("!Ref AWS::StackName", .string("lambda-local")),
        ("!Ref AWS::Partition", .string("aws")),
        ("!Ref AWS::URLSuffix", .string("amazonaws.com")),
        ("!Ref Orders", .string("dev-orders")),
        ("!Ref Carts", .string("Carts")),
        ("!Ref Hello", .string("hello-fn")),
        ("!Ref Bye", .string("Bye")),
        ("!Ref Bus", .string("shop-bus")),
        ("!Ref Queue", .string("https://sqs.us-east-1.amazonaws.com/123456789012/Queue")),
        ("!Ref Topic", .string("arn:aws:sns:us-east-1:123456789012:alerts")),
        ("!Ref Machine", .string("Machine")),
    ])
    func ref(expression: String, expected: ResolvedValue) throws {
        #expect(try resolve(expression) == expected)
    }

    @Test("Fn::GetAtt gives ARNs and names in both forms", arguments: [
        ("!GetAtt Orders.Arn", "arn:aws:dynamodb:us-east-1:123456789012:table/dev-orders"),
        ("!GetAtt [Orders, StreamArn]",
         "arn:aws:dynamodb:us-east-1:123456789012:table/dev-orders/stream/1970-01-01T00:00:00.000"),
        ("{\"Fn::GetAtt\": [Carts, Arn]}", "arn:aws:dynamodb:us-east-1:123456789012:table/Carts"),
        ("!GetAtt Hello.Arn", "arn:aws:lambda:us-east-1:123456789012:function:hello-fn"),
        ("!GetAtt Bye.Arn", "arn:aws:lambda:us-east-1:123456789012:function:Bye"),
        ("!GetAtt Bus.Arn", "arn:aws:events:us-east-1:123456789012:event-bus/shop-bus"),
        ("!GetAtt Bus.Name", "shop-bus"),
        ("!GetAtt Queue.Arn", "arn:aws:sqs:us-east-1:123456789012:Queue"),
        ("!GetAtt Queue.QueueName", "Queue"),
        ("!GetAtt Topic.TopicArn", "arn:aws:sns:us-east-1:123456789012:alerts"),
        ("!GetAtt Role.Arn", "arn:aws:iam::123456789012:role/worker"),
        ("!GetAtt Machine.Arn", "arn:aws:states:us-east-1:123456789012:Machine"),
        ("!GetAtt Bucket.Arn", "arn:aws:s3:::Bucket"),
    ])
    func getAtt(expression: String, expected: String) throws {
        #expect(try resolve(expression) == .string(expected))
    }

    @Test("the attribute of Fn::GetAtt may itself be computed")
    func computedAttribute() throws {
        #expect(try resolve("!GetAtt [Orders, !Join ['', [Stream, Arn]]]")?.string?.hasSuffix("/stream/1970-01-01T00:00:00.000") == true)
    }

    @Test("an attribute a known resource type does not have is an error")
    func unknownAttribute() {
        let error = #expect(throws: TemplateError.self) { try resolve("!GetAtt Orders.Endpoint") }
        #expect(error?.code == .unknownAttribute)
        #expect(error?.message.contains("'Orders' (AWS::DynamoDB::Table) has no attribute 'Endpoint'") == true)
        #expect(error?.message.contains("Arn, StreamArn") == true)
        #expect(error?.location?.line == lineNumber(of: "Value:", in: resources + "\n      Value: x"))
    }

    @Test("an attribute of an unmodelled type is left unresolved, not an error")
    func unmodelledAttribute() throws {
        let value = try resolve("!GetAtt Bucket.WebsiteURL")
        #expect(value?.unresolved?.reason == "Fn::GetAtt Bucket.WebsiteURL cannot be resolved locally")
    }

    @Test("region and stack name come from the caller and flow into ARNs")
    func regionAndStack() throws {
        let template = try SAMTemplate.parse(yaml: resources + "\n      Value: !Sub '${AWS::StackName}:${Bus.Arn}'",
                                             region: "eu-west-1", stackName: "shop")
        #expect(template.resource(named: "Probe")?.properties["Value"]
                == .string("shop:arn:aws:events:eu-west-1:123456789012:event-bus/shop-bus"))
        #expect(try resolve("!Ref AWS::Partition", region: "cn-north-1") == .string("aws-cn"))
        #expect(try resolve("!Ref AWS::URLSuffix", region: "cn-north-1") == .string("amazonaws.com.cn"))
    }

    @Test("Fn::Sub interpolates parameters, pseudo parameters, attributes and variables", arguments: [
        ("!Sub '${Stage}-${AWS::Region}-${AWS::AccountId}'", "dev-us-east-1-123456789012"),
        ("!Sub 'table ${Orders} at ${Orders.Arn}'",
         "table dev-orders at arn:aws:dynamodb:us-east-1:123456789012:table/dev-orders"),
        ("!Sub 'literal ${!Stage} and ${ Stage }'", "literal ${Stage} and dev"),
        ("!Sub 'a ${!Literal} and ${!}'", "a ${Literal} and ${}"),
        ("!Sub ['${Name}-${Size}', {Name: !Ref Hello, Size: 3}]", "hello-fn-3"),
        ("{\"Fn::Sub\": [\"${Stage}/${Queue.QueueName}\", {}]}", "dev/Queue"),
        ("!Sub '${Zones}'", "a,b,c"),
    ])
    func sub(expression: String, expected: String) throws {
        #expect(try resolve(expression) == .string(expected))
    }

    @Test("Fn::Join, Fn::Select, Fn::Split, Fn::GetAZs, Fn::Base64 and Fn::FindInMap", arguments: [
        ("!Join [':', [a, !Ref Stage, 3, true]]", ResolvedValue.string("a:dev:3:true")),
        ("{\"Fn::Join\": ['', !Ref Zones]}", .string("abc")),
        ("!Select [1, [x, y, z]]", .string("y")),
        ("!Select ['0', !GetAZs '']", .string("us-east-1a")),
        ("{\"Fn::Select\": [2, {\"Fn::GetAZs\": eu-west-1}]}", .string("eu-west-1c")),
        ("!Select [2, !Split [',', 'a,b,,d']]", .string("")),
        ("!Split ['::', 'a::b']", .list([.string("a"), .string("b")])),
        ("!GetAZs {Ref: AWS::Region}", .list([.string("us-east-1a"), .string("us-east-1b"), .string("us-east-1c")])),
        ("!Base64 hello", .string("aGVsbG8=")),
        ("{\"Fn::Base64\": !Sub '${Stage}!'}", .string("ZGV2IQ==")),
        ("!FindInMap [RegionSettings, !Ref AWS::Region, Size]", .string("small")),
        ("{\"Fn::FindInMap\": [RegionSettings, us-east-1, Subnets]}", .list([.string("s1"), .string("s2")])),
        ("!FindInMap [RegionSettings, eu-west-1, Subnets, {DefaultValue: none}]", .string("none")),
    ])
    func listAndTextFunctions(expression: String, expected: ResolvedValue) throws {
        #expect(try resolve(expression) == expected)
    }

    @Test("Fn::ImportValue, Fn::Cidr, Fn::Transform and unknown functions stay unresolved", arguments: [
        ("!ImportValue shared-vpc", "Fn::ImportValue cannot be resolved locally"),
        ("{\"Fn::ImportValue\": !Sub '${Stage}-vpc'}", "Fn::ImportValue cannot be resolved locally"),
        ("!Cidr ['10.0.0.0/16', 6, 5]", "Fn::Cidr cannot be resolved locally"),
        ("!Transform {Name: AWS::Include}", "Fn::Transform cannot be resolved locally"),
        ("{\"Fn::ToJsonString\": {a: 1}}", "Fn::ToJsonString is not supported locally"),
        ("!Ref Missing", "Ref to 'Missing', which is not a parameter or resource of this template, cannot be resolved locally"),
        ("!Join ['-', [a, !ImportValue x]]", "Fn::ImportValue cannot be resolved locally"),
        ("!Sub '${Stage}-${Ghost.Arn}'",
         "Fn::GetAtt Ghost.Arn refers to a resource that is not in this template and cannot be resolved locally"),
    ])
    func unresolvable(expression: String, reason: String) throws {
        let value = try resolve(expression)
        #expect(value?.unresolved?.reason == reason)
        #expect(value?.string == nil)
    }

    @Test("malformed calls are errors that name the function, the problem and the line", arguments: [
        ("!If [IsProd, 1]", "Fn::If takes 3 arguments [condition_name, value_if_true, value_if_false], but was given 2 arguments"),
        ("!Select [3, [a, b]]", "Fn::Select index 3 is out of range for a list of 2 values"),
        ("!Select [-1, [a, b]]", "Fn::Select index must be a whole number from 0, but was given '-1'"),
        ("!Select [0, notalist]", "Fn::Select needs its values to be a list"),
        ("!Join ['-']", "Fn::Join takes [delimiter, [values]], but was given 1 argument"),
        ("!Join ['-', [[nested]]]", "Fn::Join can only join strings, but a value is a list"),
        ("!Split ['', abc]", "Fn::Split needs a delimiter that is not empty"),
        ("!GetAtt Orders", "Fn::GetAtt takes LogicalId.Attribute or [LogicalId, Attribute], but was given 'Orders'"),
        ("!Sub [only-text]", "Fn::Sub takes a string or [string, {variables}], but was given 1 argument"),
        ("!FindInMap [RegionSettings, ap-south-1, Size]", "Fn::FindInMap: mapping 'RegionSettings' has no top-level key 'ap-south-1'"),
        ("!FindInMap [Nope, a, b]", "Fn::FindInMap: there is no mapping 'Nope' in Mappings"),
        ("!Ref [a, b]", "Ref needs its argument (a parameter or logical ID) to be a string"),
        ("!Sub '${unclosed'", "Fn::Sub has a variable that is never closed: '${unclosed' needs a '}' "
            + "(write ${!Name} for a literal ${Name})"),
        ("!Sub 'x-${Stage}-${'", "Fn::Sub has a variable that is never closed: '${' needs a '}' "
            + "(write ${!Name} for a literal ${Name})"),
        ("!Sub ['${}', {}]", "Fn::Sub has an empty variable '${}'; name a parameter, resource or attribute, "
            + "or write ${!} for a literal ${}"),
        ("!Sub '${HOME:-/root}'", "Fn::Sub variable '${HOME:-/root}' has characters a variable name cannot have: "
            + "variable names in Fn::Sub syntax must contain only alphanumeric characters, underscores, periods, "
            + "and colons (write ${!HOME:-/root} for a literal ${HOME:-/root})"),
    ])
    func malformed(expression: String, message: String) {
        let error = #expect(throws: TemplateError.self) { try resolve(expression) }
        #expect(error?.message == message)
        let line = lineNumber(of: "Value:", in: resources + "\n      Value: x")
        #expect(error?.description.contains("template.yaml, line \(line), column ") == true)
    }

    @Test("resource names that refer to each other in a loop are an error, not a hang")
    func circularNames() {
        let yaml = """
            Resources:
              A:
                Type: AWS::DynamoDB::Table
                Properties: {TableName: !Ref B}
              B:
                Type: AWS::DynamoDB::Table
                Properties: {TableName: !Sub '${A}-copy'}
            """
        let error = loadingError(yaml)
        #expect(error?.code == .circularReference)
        #expect(error?.message.contains("B → A → B") == true)
    }

    @Test("AWS::NoValue removes the key or list element it stands in")
    func noValue() throws {
        let yaml = """
            Conditions:
              Never: !Equals [a, b]
            Resources:
              Probe:
                Type: Custom::Probe
                Properties:
                  Kept: 1
                  Dropped: !Ref AWS::NoValue
                  Chosen: !If [Never, x, !Ref AWS::NoValue]
                  List: [a, !Ref AWS::NoValue, !If [Never, b, {Ref: AWS::NoValue}], c]
                  Joined: !Join ['-', [a, !Ref AWS::NoValue, c]]
            """
        let properties = try #require(SAMTemplate.parse(yaml: yaml).resource(named: "Probe")?.properties)
        #expect(properties.map?.keys.sorted() == ["Joined", "Kept", "List"])
        #expect(properties["List"] == .list([.string("a"), .string("c")]))
        #expect(properties["Joined"] == .string("a-c"))
    }
}

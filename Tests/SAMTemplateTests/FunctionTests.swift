import Testing
import SAMTemplate

@Suite("Functions")
struct FunctionTests {
    @Test("the shop template resolves into functions, tables and buses")
    func shop() throws {
        let template = try SAMTemplate.parse(yaml: shopTemplate)
        #expect(template.functions.keys.sorted() == ["CreateOrder", "OnOrder"])

        let create = try #require(template.function(named: "CreateOrder"))
        #expect(create.runtime == "provided.al2")
        #expect(create.handler == "bootstrap")
        #expect(create.codeUri == ".")
        #expect(create.timeout == 10)
        #expect(create.memorySize == 256)
        #expect(create.architectures == ["x86_64"])
        #expect(create.metadata["BuildMethod"]?.string == "makefile")
        #expect(create.environment == [
            "STAGE": "dev", "LOG_LEVEL": "info", "TABLE_NAME": "lambda-local-orders", "BUS_NAME": "shop-bus",
        ])
        #expect(create.line == lineNumber(of: "  CreateOrder:", in: shopTemplate))
        #expect(create.events["Create"]?.type == "HttpApi")
        #expect(create.events["Create"]?.properties["Path"]?.string == "/orders")
        #expect(create.events["Create"]?.properties["Method"]?.string == "post")
        #expect(create.events["Create"]?.location.line == lineNumber(of: "Create:", in: shopTemplate))

        let onOrder = try #require(template.function(named: "OnOrder"))
        #expect(onOrder.timeout == 30)
        let stream = try #require(onOrder.events["Stream"])
        #expect(stream.type == "DynamoDB")
        #expect(stream.properties["Stream"]?.string
                == "arn:aws:dynamodb:us-east-1:123456789012:table/lambda-local-orders/stream/1970-01-01T00:00:00.000")
        #expect(stream.properties["BatchSize"]?.int == 10)

        #expect(template.tables.map(\.logicalId) == ["Orders"])
        #expect(template.tables.first?.properties["TableName"]?.string == "lambda-local-orders")
        #expect(template.resources(ofType: "AWS::Events::EventBus").first?.properties["Name"] == .string("shop-bus"))
        #expect(template.warnings.isEmpty)
    }

    @Test("prod settings come from the mapping and the conditional function appears")
    func shopInProd() throws {
        let template = try SAMTemplate.parse(yaml: shopTemplate, parameterOverrides: ["Stage": "prod"],
                                             stackName: "shop-prod")
        #expect(template.functions.keys.sorted() == ["Auditor", "CreateOrder", "OnOrder"])
        #expect(template.functions["CreateOrder"]?.memorySize == 1024)
        #expect(template.functions["CreateOrder"]?.environment["TABLE_NAME"] == "shop-prod-orders")
    }

    @Test("any value of the template can be resolved later in the same context")
    func resolveLater() throws {
        let template = try SAMTemplate.parse(yaml: shopTemplate, parameterOverrides: ["Stage": "prod"])
        let written = try #require(template.resources["CreateOrder"]?.properties)
        let resolved = try #require(try template.resolve(written))
        #expect(resolved["MemorySize"] == .number("1024"))
        #expect(resolved["Environment"]?["Variables"]?["TABLE_NAME"] == .string("lambda-local-orders"))
        #expect(template.resources["Orders"]?.line == lineNumber(of: "  Orders:", in: shopTemplate))
    }

    @Test("every setting is read, with Lambda's defaults where unset")
    func settings() throws {
        let yaml = """
            Resources:
              Minimal:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: {Bucket: my-bucket, Key: code.zip}
              Full:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionName: !Sub '${AWS::StackName}-full'
                  CodeUri: ./build/full
                  Runtime: provided.al2023
                  Handler: bootstrap
                  Timeout: "45"
                  MemorySize: 2048
                  Architectures: [arm64]
                  ReservedConcurrentExecutions: 5
                  Environment:
                    Variables:
                      ENABLED: true
                      RATIO: 0.50
                      ZIP: 01234
                      WORD: off
                      EMPTY:
            """
        let template = try SAMTemplate.parse(yaml: yaml, stackName: "shop")
        let minimal = try #require(template.functions["Minimal"])
        #expect(minimal.codeUri == nil)
        #expect(minimal.timeout == 3)
        #expect(minimal.memorySize == 128)
        #expect(minimal.architectures == ["x86_64"])
        #expect(minimal.reservedConcurrentExecutions == nil)
        #expect(minimal.functionName == nil)
        #expect(minimal.name == "Minimal")
        #expect(minimal.events.isEmpty)

        let full = try #require(template.function(named: "shop-full"))
        #expect(full.logicalId == "Full")
        #expect(full.functionName == "shop-full")
        #expect(full.name == "shop-full")
        #expect(full.codeUri == "./build/full")
        #expect(full.timeout == 45)
        #expect(full.memorySize == 2048)
        #expect(full.architectures == ["arm64"])
        #expect(full.reservedConcurrentExecutions == 5)
        #expect(full.environment == ["ENABLED": "true", "RATIO": "0.50", "ZIP": "01234", "WORD": "off", "EMPTY": ""])
    }

    @Test("each kind of event keeps its type and resolved properties")
    func events() throws {
        let yaml = """
            Parameters:
              Rate: {Type: String, Default: rate(5 minutes)}
            Resources:
              Bus:
                Type: AWS::Events::EventBus
                Properties: {Name: orders}
              Worker:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: .
                  Events:
                    Rest:
                      Type: Api
                      Properties: {Path: '/items/{id}', Method: GET}
                    Http:
                      Type: HttpApi
                    Tick:
                      Type: Schedule
                      Properties: {Schedule: !Ref Rate, Enabled: true}
                    Nightly:
                      Type: ScheduleV2
                      Properties: {ScheduleExpression: cron(0 3 * * ? *), ScheduleExpressionTimezone: Europe/Paris}
                    Placed:
                      Type: EventBridgeRule
                      Properties:
                        EventBusName: !Ref Bus
                        Pattern:
                          source: [shop.orders]
                          detail-type: [OrderPlaced]
                          detail: {amount: [{numeric: [">", 100]}]}
                    Legacy:
                      Type: CloudWatchEvent
                      Properties:
                        Pattern: {source: [aws.ec2]}
            """
        let worker = try #require(SAMTemplate.parse(yaml: yaml).functions["Worker"])
        #expect(worker.events.mapValues(\.type) == [
            "Rest": "Api", "Http": "HttpApi", "Tick": "Schedule", "Nightly": "ScheduleV2",
            "Placed": "EventBridgeRule", "Legacy": "CloudWatchEvent",
        ])
        #expect(worker.events["Rest"]?.properties["Path"]?.string == "/items/{id}")
        #expect(worker.events["Http"]?.properties == .map([:]))
        #expect(worker.events["Tick"]?.properties["Schedule"]?.string == "rate(5 minutes)")
        #expect(worker.events["Tick"]?.properties["Enabled"]?.bool == true)
        #expect(worker.events["Nightly"]?.properties["ScheduleExpression"]?.string == "cron(0 3 * * ? *)")
        let pattern = try #require(worker.events["Placed"]?.properties["Pattern"])
        #expect(worker.events["Placed"]?.properties["EventBusName"]?.string == "orders")
        #expect(pattern["source"]?.stringList == ["shop.orders"])
        #expect(pattern.jsonText == #"{"detail":{"amount":[{"numeric":[">",100]}]},"#
                + #""detail-type":["OrderPlaced"],"source":["shop.orders"]}"#)
        #expect(worker.events["Legacy"]?.properties["Pattern"]?["source"]?[0]?.string == "aws.ec2")
    }

    @Test("AWS::Lambda::Function is read from Code, Handler and Runtime")
    func plainLambda() throws {
        let yaml = """
            Resources:
              Local:
                Type: AWS::Lambda::Function
                Properties:
                  Code: ./local
                  Handler: bootstrap
                  Runtime: provided.al2
                  MemorySize: 512
                  Environment: {Variables: {MODE: plain}}
              Remote:
                Type: AWS::Lambda::Function
                Properties:
                  Code: {S3Bucket: b, S3Key: k}
                  FunctionName: remote-fn
            """
        let template = try SAMTemplate.parse(yaml: yaml)
        #expect(template.functions["Local"]?.codeUri == "./local")
        #expect(template.functions["Local"]?.memorySize == 512)
        #expect(template.functions["Local"]?.environment == ["MODE": "plain"])
        #expect(template.functions["Local"]?.resourceType == "AWS::Lambda::Function")
        #expect(template.functions["Remote"]?.codeUri == nil)
        #expect(template.functions["Remote"]?.codeInS3 == "s3://b/k")
        #expect(template.function(named: "remote-fn")?.logicalId == "Remote")
        #expect(template.function(named: "Nobody") == nil)
    }

    @Test("property values of the wrong kind or out of range are errors at the property's line", arguments: [
        ("Timeout: soon", "Timeout of function 'Hello' must be a whole number, not 'soon'", 6),
        ("MemorySize: 1.5", "MemorySize of function 'Hello' must be a whole number, not '1.5'", 6),
        ("Architectures: arm64", "Architectures of function 'Hello' must be a list of strings", 6),
        ("Handler: [a, b]", "Handler of function 'Hello' must be a string, not a list", 6),
        ("Environment: {Variables: [A]}",
         "Environment of function 'Hello' must have Variables that is a mapping of names to strings", 6),
        ("Events: {Get: {Properties: {Path: /}}}", "event 'Get' of function 'Hello' has no Type", 6),
        ("Events: [Get]", "Events of function 'Hello' must be a mapping of event names to events", 6),
        // Numbers outside what Lambda accepts name the property, the value and the range.
        ("Timeout: -5", "Timeout of function 'Hello' is -5, outside the allowed 1 to 900 seconds", 6),
        ("Timeout: 901", "Timeout of function 'Hello' is 901, outside the allowed 1 to 900 seconds", 6),
        ("MemorySize: 64", "MemorySize of function 'Hello' is 64, outside the allowed 128 to 10240 MB", 6),
        ("MemorySize: 10241", "MemorySize of function 'Hello' is 10241, outside the allowed 128 to 10240 MB", 6),
        ("Timeout: 99999999999999999999999",
         "Timeout of function 'Hello' is 99999999999999999999999, outside the allowed 1 to 900 seconds", 6),
        ("EphemeralStorage: {Size: 100}",
         "EphemeralStorage.Size of function 'Hello' is 100, outside the allowed 512 to 10240 MB", 6),
        ("ReservedConcurrentExecutions: -1",
         "ReservedConcurrentExecutions of function 'Hello' is -1, outside the allowed 0 or more", 6),
        ("EventInvokeConfig:\n        MaximumRetryAttempts: 3",
         "EventInvokeConfig.MaximumRetryAttempts of function 'Hello' is 3, outside the allowed 0 to 2", 7),
        ("EventInvokeConfig: {MaximumEventAgeInSeconds: 30}",
         "EventInvokeConfig.MaximumEventAgeInSeconds of function 'Hello' is 30, outside the allowed 60 to 21600 seconds",
         6),
        ("Events:\n        Changes:\n          Type: DynamoDB\n          Properties:\n            BatchSize: 0",
         "BatchSize of event 'Changes' of function 'Hello' is 0, outside the allowed 1 to 10000", 10),
        ("Events: {Changes: {Type: DynamoDB, Properties: {MaximumBatchingWindowInSeconds: 301}}}",
         "MaximumBatchingWindowInSeconds of event 'Changes' of function 'Hello' is 301, outside the allowed 0 to 300 "
            + "seconds", 6),
        ("Events: {Changes: {Type: DynamoDB, Properties: {MaximumRetryAttempts: -2}}}",
         "MaximumRetryAttempts of event 'Changes' of function 'Hello' is -2, outside the allowed -1 to 10000", 6),
        ("Events: {Tick: {Type: Schedule, Properties: {RetryPolicy: {MaximumRetryAttempts: 186}}}}",
         "RetryPolicy.MaximumRetryAttempts of event 'Tick' of function 'Hello' is 186, outside the allowed 0 to 185", 6),
        ("Events: {Changes: {Type: DynamoDB, Properties: {BatchSize: many}}}",
         "BatchSize of event 'Changes' of function 'Hello' must be a whole number, not 'many'", 6),
    ])
    func invalidProperties(property: String, message: String, line: Int) {
        let yaml = """
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: .
                  \(property)
            """
        let error = loadingError(yaml)
        #expect(error?.code == .invalidProperty)
        #expect(error?.message == message)
        #expect(error?.location?.line == line)
    }

    @Test("the limits themselves, and Globals, are accepted")
    func limitsAccepted() throws {
        let yaml = """
            Globals:
              Function: {Timeout: 900, MemorySize: 10240}
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: .
                  EphemeralStorage: {Size: 512}
                  ReservedConcurrentExecutions: 0
                  Events:
                    Changes:
                      Type: DynamoDB
                      Properties: {Stream: arn, BatchSize: 10000, MaximumRetryAttempts: -1}
            """
        let hello = try #require(try SAMTemplate.parse(yaml: yaml).functions["Hello"])
        #expect(hello.timeout == 900)
        #expect(hello.memorySize == 10_240)
        #expect(hello.reservedConcurrentExecutions == 0)
    }

    @Test("a number in Globals outside the range is an error at the Globals line")
    func globalsOutOfRange() {
        let yaml = """
            Globals:
              Function:
                Timeout: 0
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties: {CodeUri: .}
            """
        let error = loadingError(yaml)
        #expect(error?.message == "Timeout of function 'Hello' is 0, outside the allowed 1 to 900 seconds")
        #expect(error?.location?.line == 3)
    }

    @Test("code in S3 is told apart from a local folder", arguments: [
        ("CodeUri: s3://bucket/app.zip", "s3://bucket/app.zip"),
        ("CodeUri: {Bucket: bucket, Key: app.zip}", "s3://bucket/app.zip"),
    ])
    func codeInS3(property: String, location: String) throws {
        let yaml = """
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  \(property)
            """
        let hello = try #require(try SAMTemplate.parse(yaml: yaml).functions["Hello"])
        #expect(hello.codeUri == nil)
        #expect(hello.codeInS3 == location)
    }
}

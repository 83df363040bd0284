import Testing
import SAMTemplate

@Suite("Globals")
struct GlobalsTests {
    private let yaml = """
        Globals:
          Function:
            Runtime: provided.al2
            Handler: bootstrap
            Timeout: 10
            MemorySize: 256
            Architectures: [arm64]
            Layers: [arn:aws:lambda:us-east-1:123456789012:layer:common:1]
            Tags: {team: shop, cost: low}
            Environment:
              Variables:
                STAGE: dev
                LOG_LEVEL: info
          SimpleTable:
            SSESpecification: {SSEEnabled: true}
        Resources:
          Defaults:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .
          Custom:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .
              Timeout: 30
              Layers: [arn:aws:lambda:us-east-1:123456789012:layer:extra:2]
              Tags: {cost: high}
              Environment:
                Variables:
                  LOG_LEVEL: debug
                  TABLE: orders
          Replaced:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .
              Environment: !Ref AWS::NoValue
          Plain:
            Type: AWS::Lambda::Function
            Properties:
              Code: ./plain
              Handler: main
              Runtime: provided.al2023
          Carts:
            Type: AWS::Serverless::SimpleTable
        """

    @Test("a function without the property takes the global")
    func defaults() throws {
        let function = try #require(SAMTemplate.parse(yaml: yaml).functions["Defaults"])
        #expect(function.runtime == "provided.al2")
        #expect(function.handler == "bootstrap")
        #expect(function.timeout == 10)
        #expect(function.memorySize == 256)
        #expect(function.architectures == ["arm64"])
        #expect(function.environment == ["STAGE": "dev", "LOG_LEVEL": "info"])
    }

    @Test("scalars of the function win, maps merge key by key, lists put globals first")
    func merging() throws {
        let function = try #require(SAMTemplate.parse(yaml: yaml).functions["Custom"])
        #expect(function.timeout == 30)
        #expect(function.memorySize == 256)
        #expect(function.environment == ["STAGE": "dev", "LOG_LEVEL": "debug", "TABLE": "orders"])
        #expect(function.properties["Tags"] == .map(["team": .string("shop"), "cost": .string("high")]))
        #expect(function.properties["Layers"]?.stringList == [
            "arn:aws:lambda:us-east-1:123456789012:layer:common:1",
            "arn:aws:lambda:us-east-1:123456789012:layer:extra:2",
        ])
    }

    @Test("an intrinsic call replaces the global value whole")
    func intrinsicReplaces() throws {
        let function = try #require(SAMTemplate.parse(yaml: yaml).functions["Replaced"])
        #expect(function.environment.isEmpty)
        #expect(function.properties["Environment"] == nil)
    }

    @Test("Globals.Function does not apply to AWS::Lambda::Function; Globals.SimpleTable applies to tables")
    func scope() throws {
        let template = try SAMTemplate.parse(yaml: yaml)
        let plain = try #require(template.functions["Plain"])
        #expect(plain.timeout == 3)
        #expect(plain.runtime == "provided.al2023")
        #expect(plain.codeUri == "./plain")
        #expect(plain.environment.isEmpty)
        #expect(template.tables.first?.properties["SSESpecification"]?["SSEEnabled"] == .bool(true))
    }
}

import Testing
import SAMTemplate

@Suite("Warnings for what cannot be resolved locally")
struct WarningTests {
    private let yaml = """
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
          Hello:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .
              Role: !GetAtt HelloRole.Arn
              Environment:
                Variables:
                  VPC_ID: !ImportValue network-VpcId
                  SUBNETS: !Cidr [10.0.0.0/16, 2, 8]
                  TABLE: !Sub '${Orders}-${Ghost}'
                  PLAIN: plain
                  NESTED: [a, b]
              Events:
                Shared:
                  Type: SQS
                  Properties:
                    Queue: !ImportValue shared-queue-arn
          Settings:
            Type: Custom::Settings
            Properties:
              Included: !Transform {Name: AWS::Include, Parameters: {Location: s3://bucket/file.yaml}}
              Again: !ImportValue network-VpcId
        """

    @Test("an unresolvable environment variable becomes an empty string with a warning naming it")
    func environmentVariables() throws {
        let template = try SAMTemplate.parse(yaml: yaml)
        let hello = try #require(template.functions["Hello"])
        #expect(hello.environment == ["VPC_ID": "", "SUBNETS": "", "TABLE": "", "PLAIN": "plain", "NESTED": ""])
        let descriptions = template.warnings.map(\.description)
        #expect(descriptions.contains(
            "template.yaml:11: Fn::ImportValue cannot be resolved locally; VPC_ID is set to an empty string"))
        #expect(descriptions.contains(
            "template.yaml:12: Fn::Cidr cannot be resolved locally; SUBNETS is set to an empty string"))
        #expect(descriptions.contains(
            "template.yaml:13: Ref to 'Ghost', which is not a parameter or resource of this template, cannot be "
                + "resolved locally; TABLE is set to an empty string"))
        #expect(descriptions.contains(
            "template.yaml:4: environment variable NESTED of function 'Hello' is a list, not a string; it is set "
                + "to an empty string"))
    }

    @Test("other unresolvable values are kept as markers and reported with their path")
    func otherProperties() throws {
        let template = try SAMTemplate.parse(yaml: yaml)
        let hello = try #require(template.functions["Hello"])
        #expect(hello.events["Shared"]?.properties["Queue"]?.isUnresolved == true)
        #expect(hello.properties["Role"]?.unresolved?.location == SourceLocation(line: 8, column: 13))
        let descriptions = template.warnings.map(\.description)
        #expect(descriptions.contains(
            "template.yaml:8: Fn::GetAtt HelloRole.Arn refers to a resource that is not in this template and cannot "
                + "be resolved locally; Hello.Role is left unresolved"))
        #expect(descriptions.contains(
            "template.yaml:20: Fn::ImportValue cannot be resolved locally; Hello.Events.Shared.Properties.Queue "
                + "is left unresolved"))
        #expect(descriptions.contains(
            "template.yaml:24: Fn::Transform cannot be resolved locally; Settings.Included is left unresolved"))
    }

    @Test("warnings are ordered by line and each is given once")
    func ordering() throws {
        let lines = try SAMTemplate.parse(yaml: yaml).warnings.compactMap(\.line)
        #expect(lines == [4, 8, 11, 12, 13, 20, 24, 25])
    }

    @Test("Fn::ForEach is not expanded; its resources are left out with a warning")
    func forEach() throws {
        let yaml = """
            Transform: AWS::LanguageExtensions
            Resources:
              Topic: {Type: AWS::SNS::Topic}
              Fn::ForEach::Queues:
                - Name
                - [Orders, Payments]
                - ${Name}Queue: {Type: AWS::SQS::Queue}
            """
        let template = try SAMTemplate.parse(yaml: yaml)
        #expect(template.resourceOrder == ["Topic"])
        #expect(template.warnings.map(\.description) == [
            "template.yaml:4: Fn::ForEach::Queues is not expanded locally; the resources it would create are left out",
        ])
    }

    @Test("a template that resolves fully has no warnings")
    func none() throws {
        #expect(try SAMTemplate.parse(yaml: shopTemplate).warnings.isEmpty)
    }
}

import SAMTemplate

/// Parses `yaml` and returns the error it fails with, or `nil` when it loads.
func loadingError(
    _ yaml: String,
    fileName: String = "template.yaml",
    overrides: [String: String] = [:]
) -> TemplateError? {
    do {
        _ = try SAMTemplate.parse(yaml: yaml, fileName: fileName, parameterOverrides: overrides)
        return nil
    } catch {
        return error
    }
}

/// Resolves `expression` (one line of YAML) as the `Value` property of a probe resource, after `sections`.
func resolveProbe(
    _ expression: String,
    sections: String = "",
    overrides: [String: String] = [:],
    region: String = "us-east-1",
    stackName: String = "lambda-local"
) throws(TemplateError) -> ResolvedValue? {
    let yaml = sections + """

        Resources:
          Probe:
            Type: Custom::Probe
            Properties:
              Value: \(expression)
        """
    let template = try SAMTemplate.parse(yaml: yaml, parameterOverrides: overrides, region: region,
                                         stackName: stackName)
    return template.resource(named: "Probe")?.properties["Value"]
}

/// The 1-based line of the first line of `text` containing `needle`.
func lineNumber(of needle: String, in text: String) -> Int {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.firstIndex { $0.contains(needle) } ?? -1) + 1
}

/// A small but complete stack used by several tests: parameters, conditions, mappings, globals,
/// a table with a stream, an event bus and two functions.
let shopTemplate = """
    AWSTemplateFormatVersion: '2010-09-09'
    Transform: AWS::Serverless-2016-10-31
    Parameters:
      Stage:
        Type: String
        Default: dev
        AllowedValues: [dev, prod]
      LogLevel:
        Type: String
        Default: info
    Conditions:
      IsProd: !Equals [!Ref Stage, prod]
    Mappings:
      StageSettings:
        dev: {Memory: 256}
        prod: {Memory: 1024}
    Globals:
      Function:
        Runtime: provided.al2
        Handler: bootstrap
        Timeout: 10
        Environment:
          Variables:
            STAGE: !Ref Stage
            LOG_LEVEL: !Ref LogLevel
    Resources:
      Orders:
        Type: AWS::DynamoDB::Table
        Properties:
          TableName: !Sub "${AWS::StackName}-orders"
          StreamSpecification:
            StreamViewType: NEW_AND_OLD_IMAGES
      Bus:
        Type: AWS::Events::EventBus
        Properties:
          Name: shop-bus
      CreateOrder:
        Type: AWS::Serverless::Function
        Metadata:
          BuildMethod: makefile
        Properties:
          CodeUri: .
          MemorySize: !FindInMap [StageSettings, !Ref Stage, Memory]
          Environment:
            Variables:
              TABLE_NAME: !Ref Orders
              BUS_NAME: !GetAtt Bus.Name
          Events:
            Create:
              Type: HttpApi
              Properties:
                Path: /orders
                Method: post
      OnOrder:
        Type: AWS::Serverless::Function
        Properties:
          CodeUri: .
          Timeout: 30
          Events:
            Stream:
              Type: DynamoDB
              Properties:
                Stream: !GetAtt Orders.StreamArn
                StartingPosition: LATEST
                BatchSize: 10
      Auditor:
        Type: AWS::Serverless::Function
        Condition: IsProd
        Properties:
          CodeUri: .
    """

import Testing
@testable import SAMTemplate

@Test func smoke() throws {
    let yaml = """
    AWSTemplateFormatVersion: '2010-09-09'
    Transform: AWS::Serverless-2016-10-31
    Parameters:
      Stage:
        Type: String
        Default: dev
        AllowedValues: [dev, prod]
    Conditions:
      IsProd: !Equals [!Ref Stage, prod]
    Globals:
      Function:
        Timeout: 10
        Environment:
          Variables:
            STAGE: !Ref Stage
    Resources:
      Orders:
        Type: AWS::DynamoDB::Table
        Properties:
          TableName: !Sub "${AWS::StackName}-orders"
      Hello:
        Type: AWS::Serverless::Function
        Metadata:
          BuildMethod: makefile
        Properties:
          CodeUri: .
          Handler: bootstrap
          Runtime: provided.al2
          Environment:
            Variables:
              TABLE: !Ref Orders
              ARN: !GetAtt Orders.StreamArn
              CODE: 01234
              FLAG: yes
              IMPORTED: !ImportValue shared-thing
              PROD: !If [IsProd, "1", !Ref AWS::NoValue]
          Events:
            Get:
              Type: HttpApi
              Properties: {Path: /hello, Method: get}
    """
    let t = try SAMTemplate.parse(yaml: yaml)
    print(t.functions["Hello"]!)
    print(t.warnings.map(\.description))
    let json = """
    {
    \t"Resources": {"F": {"Type": "AWS::Serverless::Function", "Properties": {"Timeout": 5, "Handler": "a\\/b", "Environment": {"Variables": {"X": {"Fn::Join": ["-", ["a", {"Ref": "AWS::Region"}]]}}}}}}
    }
    """
    let j = try SAMTemplate.parse(yaml: json, fileName: "t.json")
    print(j.functions["F"]!)
}

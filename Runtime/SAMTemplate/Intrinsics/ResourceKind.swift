/// The resource types whose `Ref` and `Fn::GetAtt` values are known, and how to name them.
enum ResourceKind {
    case function
    case table
    case eventBus
    case eventRule
    case queue
    case topic
    case role
    case bucket
    case other(service: String)

    init(type: String) {
        switch type {
        case "AWS::Serverless::Function", "AWS::Lambda::Function": self = .function
        case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable": self = .table
        case "AWS::Events::EventBus": self = .eventBus
        case "AWS::Events::Rule": self = .eventRule
        case "AWS::SQS::Queue": self = .queue
        case "AWS::SNS::Topic": self = .topic
        case "AWS::IAM::Role": self = .role
        case "AWS::S3::Bucket": self = .bucket
        default: self = .other(service: Self.service(ofType: type))
        }
    }

    /// The property that sets the physical name; without it the logical ID stands in, as `sam local` does.
    var nameProperty: String? {
        switch self {
        case .function: "FunctionName"
        case .table: "TableName"
        case .eventBus, .eventRule: "Name"
        case .queue: "QueueName"
        case .topic: "TopicName"
        case .role: "RoleName"
        case .bucket: "BucketName"
        case .other: nil
        }
    }

    /// Every attribute `Fn::GetAtt` accepts, when the type's list is known; `nil` accepts any.
    var attributes: [String]? {
        switch self {
        case .function: ["Arn", "SnapStartResponse", "SnapStartResponse.ApplyOn", "SnapStartResponse.OptimizationStatus"]
        case .table: ["Arn", "StreamArn"]
        case .eventBus: ["Arn", "Name", "Policy"]
        case .eventRule: ["Arn"]
        case .queue: ["Arn", "QueueName", "QueueUrl"]
        case .topic: ["TopicArn", "TopicName"]
        case .role: ["Arn", "RoleId"]
        case .bucket, .other: nil
        }
    }

    /// The ARN service of a type: `AWS::SQS::Queue` → `sqs`, with SAM types mapped to what they become.
    private static func service(ofType type: String) -> String {
        switch type {
        case "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine": return "states"
        case "AWS::Serverless::Api", "AWS::Serverless::HttpApi": return "execute-api"
        case "AWS::Serverless::LayerVersion": return "lambda"
        default:
            let parts = type.split(separator: "::")
            return parts.count > 1 ? parts[1].lowercased() : type.lowercased()
        }
    }
}

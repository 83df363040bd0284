extension ResolutionContext {
    /// `arn:<partition>:<service>:<region>:<account>:<resource>`.
    public func arn(service: String, resource: String) -> String {
        "arn:\(partition):\(service):\(region):\(accountId):\(resource)"
    }

    /// The ARN of the Lambda function named `name`.
    public func functionArn(name: String) -> String {
        arn(service: "lambda", resource: "function:\(name)")
    }

    /// The ARN of the DynamoDB table named `name`.
    public func tableArn(name: String) -> String {
        arn(service: "dynamodb", resource: "table/\(name)")
    }

    /// The ARN of the stream of the DynamoDB table named `name`, with the fixed local stream label.
    public func tableStreamArn(name: String) -> String {
        tableArn(name: name) + "/stream/\(Self.localStreamLabel)"
    }

    /// The ARN of the EventBridge event bus named `name`.
    public func eventBusArn(name: String) -> String {
        arn(service: "events", resource: "event-bus/\(name)")
    }

    /// The ARN of the IAM role named `name`; IAM is global, so it has no region.
    public func roleArn(name: String) -> String {
        "arn:\(partition):iam::\(accountId):role/\(name)"
    }

    /// The URL of the SQS queue named `name`.
    public func queueURL(name: String) -> String {
        "https://sqs.\(region).\(urlSuffix)/\(accountId)/\(name)"
    }
}

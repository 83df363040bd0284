/// An AWS service this module talks to, with the names each part of the protocol uses for it.
public struct AWSService: Sendable, Hashable {
    /// The name in the SigV4 credential scope, such as `dynamodb` or `events`.
    public let signingName: String
    /// The first label of the regional host name, such as `dynamodb` in `dynamodb.us-east-1.amazonaws.com`.
    public let endpointPrefix: String
    /// The suffix of the service's own endpoint variable, such as `DYNAMODB` in `AWS_ENDPOINT_URL_DYNAMODB`.
    public let environmentName: String
    /// The prefix of `X-Amz-Target`, such as `DynamoDB_20120810`.
    public let targetPrefix: String
    /// The AWS JSON protocol version, `1.0` or `1.1`, which names the content type.
    public let jsonVersion: String

    /// Creates a service description.
    public init(
        signingName: String,
        endpointPrefix: String,
        environmentName: String,
        targetPrefix: String,
        jsonVersion: String
    ) {
        self.signingName = signingName
        self.endpointPrefix = endpointPrefix
        self.environmentName = environmentName
        self.targetPrefix = targetPrefix
        self.jsonVersion = jsonVersion
    }

    /// Amazon DynamoDB, AWS JSON 1.0.
    public static let dynamoDB = AWSService(
        signingName: "dynamodb",
        endpointPrefix: "dynamodb",
        environmentName: "DYNAMODB",
        targetPrefix: "DynamoDB_20120810",
        jsonVersion: "1.0"
    )

    /// Amazon EventBridge, AWS JSON 1.1. Its endpoints still carry the older name `events`.
    public static let eventBridge = AWSService(
        signingName: "events",
        endpointPrefix: "events",
        environmentName: "EVENTBRIDGE",
        targetPrefix: "AWSEvents",
        jsonVersion: "1.1"
    )

    /// The `Content-Type` of requests and responses, such as `application/x-amz-json-1.0`.
    public var contentType: String { "application/x-amz-json-\(jsonVersion)" }
}

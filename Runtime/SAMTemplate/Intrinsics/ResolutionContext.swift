/// What intrinsic functions are resolved against: the stack's place (region, account, name),
/// the chosen parameter values and the evaluated conditions.
public struct ResolutionContext: Sendable, Hashable {
    /// The account ID used locally, the one AWS documentation uses in examples.
    public static let localAccountId = "123456789012"
    /// The stream label of every local table stream; `StreamArn` ends with it.
    public static let localStreamLabel = "1970-01-01T00:00:00.000"

    /// The template file name, for messages.
    public var fileName: String
    /// `AWS::Region`.
    public var region: String
    /// `AWS::AccountId`.
    public var accountId: String
    /// `AWS::StackName`.
    public var stackName: String
    /// The value `Ref` gives for each parameter that has one (an override, else its `Default`).
    public var parameterValues: [String: ResolvedValue]
    /// The value of every condition in `Conditions`.
    public var conditionValues: [String: Bool]

    /// Creates a context.
    public init(fileName: String, region: String = "us-east-1", accountId: String = Self.localAccountId,
                stackName: String = "lambda-local", parameterValues: [String: ResolvedValue] = [:],
                conditionValues: [String: Bool] = [:]) {
        self.fileName = fileName
        self.region = region
        self.accountId = accountId
        self.stackName = stackName
        self.parameterValues = parameterValues
        self.conditionValues = conditionValues
    }

    /// `AWS::Partition`: `aws`, or `aws-cn` / `aws-us-gov` for those regions.
    public var partition: String {
        if region.hasPrefix("cn-") { return "aws-cn" }
        if region.hasPrefix("us-gov-") { return "aws-us-gov" }
        return "aws"
    }

    /// `AWS::URLSuffix`.
    public var urlSuffix: String {
        region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
    }

    /// `AWS::StackId`, with a fixed identifier since no stack is created.
    public var stackId: String {
        "arn:\(partition):cloudformation:\(region):\(accountId):stack/\(stackName)/00000000-0000-0000-0000-000000000000"
    }
}

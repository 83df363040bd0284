/// The function's static settings, as Lambda passes them in the environment.
public struct FunctionConfiguration: Sendable, Equatable {
    /// `AWS_LAMBDA_FUNCTION_NAME`.
    public var name: String
    /// `AWS_LAMBDA_FUNCTION_VERSION`, `$LATEST` unless a version was published.
    public var version: String
    /// `AWS_LAMBDA_FUNCTION_MEMORY_SIZE`, in MB.
    public var memorySize: Int
    /// `AWS_LAMBDA_LOG_GROUP_NAME`.
    public var logGroupName: String
    /// `AWS_LAMBDA_LOG_STREAM_NAME`.
    public var logStreamName: String
    /// `AWS_REGION`.
    public var region: String
    /// `_HANDLER`: the template's `Handler` property, free for the function to interpret.
    public var handler: String

    /// Reads the settings from an environment, with Lambda's defaults where a variable is missing.
    public init(environment: [String: String]) {
        name = environment["AWS_LAMBDA_FUNCTION_NAME"] ?? ""
        version = environment["AWS_LAMBDA_FUNCTION_VERSION"] ?? "$LATEST"
        memorySize = environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"].flatMap(Int.init) ?? 128
        logGroupName = environment["AWS_LAMBDA_LOG_GROUP_NAME"] ?? ""
        logStreamName = environment["AWS_LAMBDA_LOG_STREAM_NAME"] ?? ""
        region = environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? ""
        handler = environment["_HANDLER"] ?? ""
    }
}

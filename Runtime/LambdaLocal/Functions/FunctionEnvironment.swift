import Foundation
import SAMTemplate

/// The environment a function process starts with, built in the order Lambda and SAM apply it:
/// Lambda's own variables, then the template's, then the `--env-vars` file's.
public struct FunctionEnvironment: Sendable {
    /// The region the function believes it runs in.
    public var region: String
    /// The account id in ARNs.
    public var accountID: String = "123456789012"
    /// Variables the host passes through. Lambda gives its own `PATH`; locally the host's is the one
    /// that finds interpreters (a Python `bootstrap` needs `python3`).
    public var hostEnvironment: [String: String]

    /// Creates a builder.
    public init(region: String, hostEnvironment: [String: String] = ProcessInfo.processInfo.environment) {
        self.region = region
        self.hostEnvironment = hostEnvironment
    }

    /// The function's ARN, as `Lambda-Runtime-Invoked-Function-Arn` carries it.
    public func arn(of function: FunctionDefinition) -> String {
        "arn:aws:lambda:\(region):\(accountID):function:\(function.name)"
    }

    /// The complete environment of one instance of the function. `maxConcurrencyPerInstance` makes it
    /// a Managed Instances environment: its runtime may run that many invocations at once.
    public func variables(
        for function: FunctionDefinition,
        binary: FunctionBinary,
        overrides: EnvironmentFile?,
        servicesEndpoint: String? = nil,
        maxConcurrencyPerInstance: Int? = nil
    ) -> [String: String] {
        var variables: [String: String] = [
            "AWS_LAMBDA_FUNCTION_NAME": function.name,
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": String(function.memorySize),
            "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/\(function.name)",
            "AWS_LAMBDA_LOG_STREAM_NAME": Self.logStreamName(),
            "AWS_LAMBDA_INITIALIZATION_TYPE": "on-demand",
            "AWS_EXECUTION_ENV": "AWS_Lambda_\(function.runtime ?? "provided.al2")",
            "AWS_REGION": region,
            "AWS_DEFAULT_REGION": region,
            "_HANDLER": function.handler ?? "",
            "LAMBDA_TASK_ROOT": binary.taskRoot,
            "LAMBDA_RUNTIME_DIR": binary.taskRoot,
            // Dummy credentials: local services accept any, and a function must never reach real AWS
            // with the developer's own keys by accident.
            "AWS_ACCESS_KEY_ID": "lambda-local",
            "AWS_SECRET_ACCESS_KEY": "lambda-local",
            "AWS_SESSION_TOKEN": "lambda-local",
            "TZ": ":UTC",
            "LANG": "en_US.UTF-8",
            "PATH": hostEnvironment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
        ]
        if let home = hostEnvironment["HOME"] { variables["HOME"] = home }
        if let maxConcurrencyPerInstance {
            variables["AWS_LAMBDA_MAX_CONCURRENCY"] = String(maxConcurrencyPerInstance)
            variables["AWS_LAMBDA_INITIALIZATION_TYPE"] = "lambda-managed-instances"
        }
        // The local services stand in for AWS's; the template or --env-vars may still point elsewhere.
        if let servicesEndpoint { variables["AWS_ENDPOINT_URL"] = servicesEndpoint }
        if let logging = function.properties["LoggingConfig"] {
            if let format = logging["LogFormat"]?.string { variables["AWS_LAMBDA_LOG_FORMAT"] = format }
            if let level = logging["ApplicationLogLevel"]?.string { variables["AWS_LAMBDA_LOG_LEVEL"] = level }
        }
        variables.merge(function.environment) { $1 }
        if let overrides {
            variables.merge(overrides.variables(logicalId: function.logicalId, functionName: function.name)) { $1 }
        }
        return variables
    }

    /// `2026/11/21/[$LATEST]<32 hex digits>`, the shape of Lambda's log stream names.
    static func logStreamName(date: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let hex = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return String(format: "%04d/%02d/%02d/[$LATEST]%@", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1, hex)
    }
}

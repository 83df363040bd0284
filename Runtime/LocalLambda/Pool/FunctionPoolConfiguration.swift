/// How a function's instances are started, limited and reported.
public struct FunctionPoolConfiguration: Sendable {
    /// The function's name, as `Ref` gives it; used in log prefixes and reports.
    public var functionName: String
    /// What to start for each instance.
    public var launch: LaunchConfiguration
    /// `MemorySize`, reported in `REPORT` lines.
    public var memorySize: Int
    /// `Timeout`: the longest one invocation may run.
    public var timeout: Duration
    /// The longest init may take before the instance is given up, as Lambda allows.
    public var initTimeout: Duration
    /// The most instances at once: `ReservedConcurrentExecutions`, or lambda-local's limit.
    public var maxConcurrency: Int
    /// The most invocations one instance runs at once: a Managed Instances function's
    /// `PerExecutionEnvironmentMaxConcurrency` (its `AWS_LAMBDA_MAX_CONCURRENCY`), 1 for any other.
    public var maxConcurrencyPerInstance: Int
    /// `TenancyConfig: {TenantIsolationMode: PER_TENANT}`: every invocation names a tenant, and each
    /// instance serves one tenant for its whole life.
    public var isolatesTenants: Bool
    /// An instance unused for this long is stopped.
    public var idleTimeout: Duration
    /// The ARN invocations carry.
    public var invokedFunctionARN: String
    /// Put before every log line of the function (for example `hello | `); empty for a single invoke.
    public var logPrefix: String
    /// How often a failed asynchronous invocation is tried again: `EventInvokeConfig`'s
    /// `MaximumRetryAttempts`, 0 to 2; Lambda's default is 2.
    public var maximumRetryAttempts: Int
    /// `AutoPublishAlias`: the alias the function is published under, `nil` when it has none.
    public var alias: String?

    /// Creates a configuration.
    public init(
        functionName: String,
        launch: LaunchConfiguration,
        memorySize: Int,
        timeout: Duration,
        initTimeout: Duration = .seconds(10),
        maxConcurrency: Int = 10,
        maxConcurrencyPerInstance: Int = 1,
        isolatesTenants: Bool = false,
        idleTimeout: Duration = .seconds(300),
        invokedFunctionARN: String,
        logPrefix: String = "",
        maximumRetryAttempts: Int = 2,
        alias: String? = nil
    ) {
        self.functionName = functionName
        self.launch = launch
        self.memorySize = memorySize
        self.timeout = timeout
        self.initTimeout = initTimeout
        self.maxConcurrency = max(1, maxConcurrency)
        self.maxConcurrencyPerInstance = max(1, maxConcurrencyPerInstance)
        self.isolatesTenants = isolatesTenants
        self.idleTimeout = idleTimeout
        self.invokedFunctionARN = invokedFunctionARN
        self.logPrefix = logPrefix
        self.maximumRetryAttempts = min(max(maximumRetryAttempts, 0), 2)
        self.alias = alias
    }
}

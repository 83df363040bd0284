/// A function of the template (`AWS::Serverless::Function` with `Globals.Function` merged in, or
/// `AWS::Lambda::Function`), with its configuration resolved.
public struct FunctionDefinition: Sendable, Hashable {
    /// The logical ID, which is also the executable's product name.
    public var logicalId: String
    /// The resource type.
    public var resourceType: String
    /// The `FunctionName` property resolved, if set.
    public var functionName: String?
    /// `Runtime`, such as `provided.al2`.
    public var runtime: String?
    /// `Handler`.
    public var handler: String?
    /// `CodeUri` (or `Code` of `AWS::Lambda::Function`) when it is a local path; `nil` for an S3 location.
    public var codeUri: String?
    /// Where the code is when it is in S3 (`s3://bucket/key`), which lambda-local cannot run.
    public var codeInS3: String?
    /// `Timeout` in seconds; 3 when not set.
    public var timeout: Int
    /// `MemorySize` in MB; 128 when not set.
    public var memorySize: Int
    /// `Architectures`; `["x86_64"]` when not set.
    public var architectures: [String]
    /// `Environment.Variables`, every value as the string the function will see.
    public var environment: [String: String]
    /// `ReservedConcurrentExecutions`, if set.
    public var reservedConcurrentExecutions: Int?
    /// A Managed Instances function's invocations per execution environment
    /// (`CapacityProviderConfig`'s `PerExecutionEnvironmentMaxConcurrency`); `nil` for a function
    /// without a capacity provider, which runs one invocation at a time.
    public var perExecutionEnvironmentMaxConcurrency: Int?
    /// `TenancyConfig: {TenantIsolationMode: PER_TENANT}`: every invocation names a tenant, and each
    /// execution environment serves one tenant.
    public var isolatesTenants: Bool
    /// The resource's resolved `Metadata` (always a mapping), such as `metadata["BuildMethod"]`.
    public var metadata: ResolvedValue
    /// `Events`, by logical name.
    public var events: [String: FunctionEventSource]
    /// All resolved properties, for anything not modelled above.
    public var properties: ResolvedValue
    /// Where the resource is declared.
    public var location: SourceLocation

    /// The name `Ref` gives: `FunctionName`, else the logical ID.
    public var name: String { functionName ?? logicalId }
    /// The line where the resource is declared.
    public var line: Int { location.line }

    /// The value of `Timeout` when a function does not set it.
    public static let defaultTimeout = 3
    /// The value of `MemorySize` when a function does not set it.
    public static let defaultMemorySize = 128
    /// The value of `Architectures` when a function does not set it.
    public static let defaultArchitectures = ["x86_64"]

    /// Creates a definition; every setting not given takes the Lambda default.
    public init(
        logicalId: String,
        resourceType: String = "AWS::Serverless::Function",
        functionName: String? = nil,
        runtime: String? = nil,
        handler: String? = nil,
        codeUri: String? = nil,
        codeInS3: String? = nil,
        timeout: Int = Self.defaultTimeout,
        memorySize: Int = Self.defaultMemorySize,
        architectures: [String] = Self.defaultArchitectures,
        environment: [String: String] = [:],
        reservedConcurrentExecutions: Int? = nil,
        perExecutionEnvironmentMaxConcurrency: Int? = nil,
        isolatesTenants: Bool = false,
        metadata: ResolvedValue = .map([:]),
        events: [String: FunctionEventSource] = [:],
        properties: ResolvedValue = .map([:]),
        location: SourceLocation = .startOfFile
    ) {
        self.logicalId = logicalId
        self.resourceType = resourceType
        self.functionName = functionName
        self.runtime = runtime
        self.handler = handler
        self.codeUri = codeUri
        self.codeInS3 = codeInS3
        self.timeout = timeout
        self.memorySize = memorySize
        self.architectures = architectures
        self.environment = environment
        self.reservedConcurrentExecutions = reservedConcurrentExecutions
        self.perExecutionEnvironmentMaxConcurrency = perExecutionEnvironmentMaxConcurrency
        self.isolatesTenants = isolatesTenants
        self.metadata = metadata
        self.events = events
        self.properties = properties
        self.location = location
    }
}

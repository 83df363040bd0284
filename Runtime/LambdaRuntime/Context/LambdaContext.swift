#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging

/// What a handler knows about the invocation it is serving.
public struct LambdaContext: Sendable {
    /// The request id Lambda gave this invocation.
    public let requestID: String
    /// When Lambda stops the invocation, in milliseconds since the Unix epoch.
    public let deadlineMilliseconds: Int64
    /// The ARN the caller invoked, including a version or alias qualifier when one was used.
    public let invokedFunctionARN: String
    /// The X-Ray trace header, when tracing is active. When invocations run one at a time it is also
    /// in `_X_AMZN_TRACE_ID`; when several run at once (Managed Instances) only here, since one
    /// process-wide variable cannot describe them all.
    public let traceID: String?
    /// The mobile caller's context, when one was sent and could be decoded.
    public let clientContext: ClientContext?
    /// The caller's Cognito identity, when one was sent and could be decoded.
    public let cognitoIdentity: CognitoIdentity?
    /// The tenant the invocation belongs to, for functions with tenant isolation.
    public let tenantID: String?
    /// The function's static settings.
    public let function: FunctionConfiguration
    /// A logger whose lines carry this invocation's request id.
    public let logger: Logger

    /// Creates a context. The runtime makes one per invocation; tests may make their own.
    public init(
        requestID: String,
        deadlineMilliseconds: Int64,
        invokedFunctionARN: String,
        traceID: String? = nil,
        clientContext: ClientContext? = nil,
        cognitoIdentity: CognitoIdentity? = nil,
        tenantID: String? = nil,
        function: FunctionConfiguration,
        logger: Logger
    ) {
        self.requestID = requestID
        self.deadlineMilliseconds = deadlineMilliseconds
        self.invokedFunctionARN = invokedFunctionARN
        self.traceID = traceID
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
        self.tenantID = tenantID
        self.function = function
        self.logger = logger
    }

    /// When Lambda stops the invocation.
    public var deadline: Date {
        Date(timeIntervalSince1970: Double(deadlineMilliseconds) / 1_000)
    }

    /// How long the invocation has left before Lambda stops it; negative once the deadline has passed.
    public var remainingTime: Duration {
        .milliseconds(deadlineMilliseconds - WallClock.nowMilliseconds())
    }
}

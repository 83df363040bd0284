import NIOCore

/// One invocation asked of a pool.
public struct PoolInvocation: Sendable {
    /// The request id; a new lowercase UUID unless the caller has one.
    public var requestID: String
    /// The event.
    public var payload: ByteBuffer
    /// The X-Ray trace header.
    public var traceID: String?
    /// The client context JSON.
    public var clientContext: String?
    /// The Cognito identity JSON.
    public var cognitoIdentity: String?
    /// The tenant id.
    public var tenantID: String?
    /// Whether to keep this invocation's log lines for the caller (`X-Amz-Log-Type: Tail`).
    public var capturesLogs: Bool
    /// The version or alias the caller named, once checked with
    /// ``FunctionPoolConfiguration/executedVersion(for:)``; `nil` for the function itself.
    public var qualifier: String?

    /// Creates an invocation.
    public init(
        requestID: String,
        payload: ByteBuffer,
        traceID: String? = nil,
        clientContext: String? = nil,
        cognitoIdentity: String? = nil,
        tenantID: String? = nil,
        capturesLogs: Bool = false,
        qualifier: String? = nil
    ) {
        self.requestID = requestID
        self.payload = payload
        self.traceID = traceID
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
        self.tenantID = tenantID
        self.capturesLogs = capturesLogs
        self.qualifier = qualifier
    }
}

/// What a pool invocation produced, as Lambda's Invoke API would report it.
public struct PoolInvocationResult: Sendable {
    /// How it ended.
    public enum Outcome: Sendable, Equatable {
        /// The function's response.
        case response(ByteBuffer)
        /// The function's error, or the error Lambda reports for a timeout, crash or failed init.
        case failure(FunctionError)
    }

    /// The request id.
    public var requestID: String
    /// How it ended.
    public var outcome: Outcome
    /// The invocation's log lines (Lambda's own included), when they were asked for.
    public var logs: [String]?
}

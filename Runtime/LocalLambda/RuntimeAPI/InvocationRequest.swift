import NIOCore

/// One event to hand to a function instance, with the headers `/next` carries.
public struct InvocationRequest: Sendable {
    /// The request id, a lowercase UUID.
    public var requestID: String
    /// This attempt's own id, sent as `Lambda-Runtime-Invocation-Id` and echoed by the runtime with its
    /// answer: a retry of the same request carries the same request id but a new invocation id, so a
    /// late answer to an earlier attempt cannot pass for the answer to this one.
    public var invocationID: String
    /// The event.
    public var payload: ByteBuffer
    /// When the invocation times out, in milliseconds since the Unix epoch.
    public var deadlineMilliseconds: Int64
    /// The ARN the caller invoked.
    public var invokedFunctionARN: String
    /// The X-Ray trace header.
    public var traceID: String?
    /// The base64-decoded client context JSON, as the caller sent it.
    public var clientContext: String?
    /// The Cognito identity JSON.
    public var cognitoIdentity: String?
    /// The tenant id.
    public var tenantID: String?
    /// The payload's content type; Lambda events are JSON.
    public var contentType: String

    /// Creates a request.
    public init(
        requestID: String,
        invocationID: String = RequestID.random(),
        payload: ByteBuffer,
        deadlineMilliseconds: Int64,
        invokedFunctionARN: String,
        traceID: String? = nil,
        clientContext: String? = nil,
        cognitoIdentity: String? = nil,
        tenantID: String? = nil,
        contentType: String = "application/json"
    ) {
        self.requestID = requestID
        self.invocationID = invocationID
        self.payload = payload
        self.deadlineMilliseconds = deadlineMilliseconds
        self.invokedFunctionARN = invokedFunctionARN
        self.traceID = traceID
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
        self.tenantID = tenantID
        self.contentType = contentType
    }
}

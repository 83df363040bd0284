import Foundation

/// An asynchronous invocation accepted and not yet delivered: from the Invoke API's `Event`
/// type, an EventBridge rule, or a schedule.
public struct PendingInvocation: Sendable, Hashable {
    /// The store's identifier for it.
    public var id: Int64
    /// The function's logical ID or name.
    public var functionName: String
    /// The request id every attempt carries, as Lambda's retries do.
    public var requestID: String
    /// The event.
    public var payload: Data
    /// What asked for it, for the log: `Invoke API`, `rule jobs-to-asyncJob`, `schedule ...`.
    public var origin: String
    /// How many attempts have failed so far.
    public var failedAttempts: Int
    /// The tenant a tenant-isolated function runs it for.
    public var tenantID: String?

    /// Creates a pending invocation.
    public init(
        id: Int64, functionName: String, requestID: String, payload: Data, origin: String, failedAttempts: Int = 0,
        tenantID: String? = nil
    ) {
        self.id = id
        self.tenantID = tenantID
        self.functionName = functionName
        self.requestID = requestID
        self.payload = payload
        self.origin = origin
        self.failedAttempts = failedAttempts
    }
}

/// An asynchronous invocation to accept.
public struct AsyncInvocationRequest: Sendable, Hashable {
    /// The function's logical ID or name.
    public var functionName: String
    /// The request id; a new one unless the caller has one.
    public var requestID: String
    /// The event.
    public var payload: Data
    /// What asks for it, for the log.
    public var origin: String
    /// The tenant a tenant-isolated function runs it for.
    public var tenantID: String?

    /// Creates a request.
    public init(
        functionName: String, requestID: String = RequestID.random(), payload: Data, origin: String, tenantID: String? = nil
    ) {
        self.functionName = functionName
        self.tenantID = tenantID
        self.requestID = requestID
        self.payload = payload
        self.origin = origin
    }
}

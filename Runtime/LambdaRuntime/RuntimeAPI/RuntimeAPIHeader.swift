/// The header names of the Runtime API, version 2018-06-01.
enum RuntimeAPIHeader {
    static let requestID = "Lambda-Runtime-Aws-Request-Id"
    static let deadline = "Lambda-Runtime-Deadline-Ms"
    static let invokedFunctionARN = "Lambda-Runtime-Invoked-Function-Arn"
    static let traceID = "Lambda-Runtime-Trace-Id"
    static let clientContext = "Lambda-Runtime-Client-Context"
    static let cognitoIdentity = "Lambda-Runtime-Cognito-Identity"
    static let tenantID = "Lambda-Runtime-Aws-Tenant-Id"
    /// One id per invocation, sent on `/next` since 2026 and echoed on that invocation's answer, so
    /// that the server can refuse the late answer of a timed-out invocation whose request id was
    /// given again.
    static let invocationID = "Lambda-Runtime-Invocation-Id"
    static let functionErrorType = "Lambda-Runtime-Function-Error-Type"
}

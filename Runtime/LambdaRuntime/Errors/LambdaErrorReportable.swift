/// An error that names its own Lambda `errorType`.
///
/// Without this conformance a thrown error is reported with its Swift type name as the type and its
/// description as the message. Conform when callers match on a stable name (for example
/// `Function.Timeout` or `ValidationError`) that should not change when the Swift type is renamed.
public protocol LambdaErrorReportable: Error {
    /// The `errorType` reported to Lambda.
    var errorType: String { get }
}

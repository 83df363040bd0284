import NIOCore

/// How an invocation ended, from the Runtime API's side.
public enum InvocationOutcome: Sendable, Equatable {
    /// The runtime posted a response.
    case response(ByteBuffer)
    /// The runtime posted an error.
    case error(FunctionError)
    /// Nobody answered: the instance timed out, crashed or was stopped. Lambda reports these itself.
    case abandoned(AbandonReason)
}

/// Why an invocation (or the wait for init) ended without an answer from the runtime.
public enum AbandonReason: Sendable, Equatable {
    /// The invocation ran past its deadline.
    case timedOut
    /// The process ended.
    case processExited(ExitStatus)
    /// The instance is being stopped.
    case shutDown
}

/// How an invocation ended, as the server saw it.
public enum InvocationResult: Sendable, Hashable {
    /// The function answered; these are the bytes of its response.
    case response([UInt8])
    /// The function reported an error, crashed or failed its init; the text says which, for the log.
    case functionError(String)
    /// The function did not answer before its timeout.
    case timedOut
}

/// How an instance's init phase ended.
public enum InitOutcome: Sendable, Equatable {
    /// The runtime asked for its first event: init is done.
    case ready
    /// The runtime posted to `/runtime/init/error`.
    case failed(FunctionError)
    /// The runtime neither asked for an event nor reported an error.
    case abandoned(AbandonReason)
}

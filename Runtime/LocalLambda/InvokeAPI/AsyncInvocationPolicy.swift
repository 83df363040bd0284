/// How `Event` invocations are retried when the function fails.
///
/// Lambda retries an asynchronous invocation twice, waiting about one minute and then two; locally
/// the same two retries happen after shorter waits, so that a developer sees them.
public struct AsyncInvocationPolicy: Sendable {
    /// How many times a failed invocation is tried again.
    public var retries: Int
    /// The wait before the first retry; each later one waits twice as long as the one before.
    public var firstDelay: Duration

    /// Creates a policy.
    public init(retries: Int = 2, firstDelay: Duration = .seconds(1)) {
        self.retries = retries
        self.firstDelay = firstDelay
    }
}

/// How many invocations the execution environment hands this process at once:
/// `AWS_LAMBDA_MAX_CONCURRENCY`, which Lambda sets on Managed Instances, and 1 when it is absent.
struct ConcurrencyLimit: Equatable {
    /// The environment variable Lambda sets.
    static let variable = "AWS_LAMBDA_MAX_CONCURRENCY"
    /// Lambda's own ceiling for a function's per-environment concurrency
    /// (`PerExecutionEnvironmentMaxConcurrency`); each invocation here costs a thread and a connection.
    static let maximum = 1_600

    /// The number of invocations, from 1 to ``maximum``.
    let invocations: Int

    /// Reads the limit; a value that is not a whole number from 1 to ``maximum`` is an error that
    /// names the variable, reported as the init error.
    init(environment: [String: String]) throws(ConfigurationError) {
        guard let text = environment[Self.variable] else {
            invocations = 1
            return
        }
        guard let value = Int(text), (1...Self.maximum).contains(value) else {
            throw ConfigurationError(
                "\(Self.variable) is \"\(text)\": it must be a whole number from 1 to \(Self.maximum)")
        }
        invocations = value
    }
}

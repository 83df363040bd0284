import Logging

/// What the init phase knows: the function's settings and a logger, but no invocation yet.
public struct InitializationContext: Sendable {
    /// The function's static settings.
    public let function: FunctionConfiguration
    /// A logger for the init phase; its lines carry no request id.
    public let logger: Logger
    /// The process environment the runtime read its settings from.
    public let environment: [String: String]
}

/// What to start for a function instance.
public struct LaunchConfiguration: Sendable {
    /// The executable: a product of this package, or a `bootstrap` in any language.
    public var executable: String
    /// Arguments after the program name.
    public var arguments: [String]
    /// The complete environment of the process (nothing is inherited).
    public var environment: [String: String]
    /// The working directory, which is also `LAMBDA_TASK_ROOT`.
    public var workingDirectory: String

    /// Creates a configuration.
    public init(executable: String, arguments: [String] = [], environment: [String: String], workingDirectory: String) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
    }
}

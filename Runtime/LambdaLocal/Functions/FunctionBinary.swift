/// The program that serves a function, and where it runs.
public struct FunctionBinary: Sendable, Equatable {
    /// How the program was found.
    public enum Origin: Sendable, Equatable {
        /// A `bootstrap` in the function's `CodeUri`, in any language, run as it is.
        case bootstrap
        /// An executable product of the Swift package that holds the template.
        case swiftProduct(packageRoot: String)
        /// An executable from the `--products` folder, built already.
        case builtProduct
    }

    /// The absolute path of the executable.
    public var executable: String
    /// `LAMBDA_TASK_ROOT` and the working directory: the function's `CodeUri` folder.
    public var taskRoot: String
    /// How the program was found.
    public var origin: Origin
}

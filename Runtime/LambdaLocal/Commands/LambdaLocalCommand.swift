import ArgumentParser

/// `lambda-local`: run the functions of a SAM template locally, natively, without Docker.
public struct LambdaLocalCommand: AsyncParsableCommand {
    /// The command's name, summary and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "lambda-local",
        abstract: "Run the functions of a SAM template locally: the same binaries AWS Lambda runs, no Docker.",
        subcommands: [InvokeCommand.self, StartAPICommand.self, StartLambdaCommand.self, StartCommand.self, GenerateEventCommand.self,
            PackageCommand.self])

    /// Creates the command (ArgumentParser fills it from the arguments).
    public init() {}
}

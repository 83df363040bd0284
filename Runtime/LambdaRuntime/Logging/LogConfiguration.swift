import Logging

/// How the runtime's loggers write, read once from the environment: the label, Lambda's format and
/// level, and where lines go.
struct LogConfiguration: Sendable {
    let label: String
    let format: LogFormat
    let level: Logger.Level
    let output: LogOutput

    init(environment: [String: String], function: FunctionConfiguration, output: LogOutput) {
        label = function.name.isEmpty ? "lambda" : function.name
        format = LogFormat(environment: environment)
        level = Logger.Level(lambdaEnvironment: environment)
        self.output = output
    }

    /// A logger whose lines carry the request id, or none outside an invocation.
    func makeLogger(requestID: String?) -> Logger {
        let format = format
        let level = level
        let output = output
        var logger = Logger(label: label) { _ in
            LambdaLogHandler(format: format, level: level, requestID: requestID, output: output)
        }
        logger.logLevel = level
        return logger
    }
}

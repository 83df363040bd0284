import Foundation
import LocalLambda
import SAMTemplate

/// Turns a template function into the pool that runs it: its program located (and built), its
/// environment composed, its limits read.
struct FunctionLauncher {
    let locator: FunctionLocator
    let environment: FunctionEnvironment
    let overrides: EnvironmentFile?
    /// The limit for functions without `ReservedConcurrentExecutions`.
    let maxConcurrency: Int
    let idleTimeout: Duration
    /// Where the local AWS services listen, given to every function as `AWS_ENDPOINT_URL`.
    var servicesEndpoint: String?

    func poolConfiguration(for function: FunctionDefinition, logPrefix: String) throws(LambdaLocalError) -> FunctionPoolConfiguration {
        let binary = try locator.locate(function)
        let reserved = function.reservedConcurrentExecutions
        if reserved == 0 {
            StandardError.writeLine("lambda-local: warning: \(function.logicalId) has ReservedConcurrentExecutions: 0, which throttles every invocation on AWS; lambda-local runs one instance")
        }
        return FunctionPoolConfiguration(
            functionName: function.name,
            launch: LaunchConfiguration(
                executable: binary.executable,
                environment: environment.variables(for: function, binary: binary, overrides: overrides, servicesEndpoint: servicesEndpoint),
                workingDirectory: binary.taskRoot),
            memorySize: function.memorySize,
            timeout: .seconds(function.timeout),
            maxConcurrency: reserved.map { max($0, 1) } ?? maxConcurrency,
            idleTimeout: idleTimeout,
            invokedFunctionARN: environment.arn(of: function),
            logPrefix: logPrefix,
            maximumRetryAttempts: function.properties["EventInvokeConfig"]?["MaximumRetryAttempts"]?.int ?? 2,
            alias: function.properties["AutoPublishAlias"]?.string)
    }
}

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
    /// `--max-concurrency-per-instance`: runs functions without a `CapacityProviderConfig` as Managed
    /// Instances functions with this many invocations per instance; `nil` leaves them as they are.
    var maxConcurrencyPerInstance: Int?
    let idleTimeout: Duration
    /// Where the local AWS services listen, given to every function as `AWS_ENDPOINT_URL`.
    var servicesEndpoint: String?

    func poolConfiguration(for function: FunctionDefinition, logPrefix: String) throws(LambdaLocalError) -> FunctionPoolConfiguration {
        let binary = try locator.locate(function)
        let reserved = function.reservedConcurrentExecutions
        let perInstance = function.perExecutionEnvironmentMaxConcurrency ?? maxConcurrencyPerInstance
        if reserved == 0 {
            StandardError.writeLine("lambda-local: warning: \(function.logicalId) has ReservedConcurrentExecutions: 0, which throttles every invocation on AWS; lambda-local runs one instance")
        }
        return FunctionPoolConfiguration(
            functionName: function.name,
            launch: LaunchConfiguration(
                executable: binary.executable,
                environment: environment.variables(
                    for: function, binary: binary, overrides: overrides, servicesEndpoint: servicesEndpoint,
                    maxConcurrencyPerInstance: perInstance),
                workingDirectory: binary.taskRoot),
            memorySize: function.memorySize,
            timeout: .seconds(function.timeout),
            maxConcurrency: reserved.map { max($0, 1) } ?? maxConcurrency,
            maxConcurrencyPerInstance: perInstance ?? 1,
            isolatesTenants: function.isolatesTenants,
            idleTimeout: idleTimeout,
            invokedFunctionARN: environment.arn(of: function),
            logPrefix: logPrefix,
            maximumRetryAttempts: function.properties["EventInvokeConfig"]?["MaximumRetryAttempts"]?.int ?? 2,
            alias: function.properties["AutoPublishAlias"]?.string)
    }
}

/// How a function's execution environments are shared: by concurrent invocations (Managed
/// Instances) and by tenants (tenant isolation).
extension FunctionReader {
    /// The invocations one execution environment of a Managed Instances function takes at once when
    /// its `CapacityProviderConfig` does not say: lambda-local's choice, a handful, so that a
    /// runtime that starts a worker per slot (awslambdaric forks one process each) stays light.
    static let defaultPerExecutionEnvironmentMaxConcurrency = 4

    /// `PerExecutionEnvironmentMaxConcurrency` from SAM's `CapacityProviderConfig` (`{Arn, ...}`) or
    /// CloudFormation's (`{LambdaManagedInstancesCapacityProviderConfig: {CapacityProviderArn, ...}}`);
    /// `nil` for a function without a capacity provider.
    func perExecutionEnvironmentMaxConcurrency(serverless: Bool) throws(TemplateError) -> Int? {
        let key = "CapacityProviderConfig"
        guard let config = resource.properties[key], !config.isNull, !config.isUnresolved else { return nil }
        let settings = serverless ? config : config["LambdaManagedInstancesCapacityProviderConfig"]
        guard let settings, settings.map != nil else {
            throw invalid(key, serverless
                ? "must be a map such as {Arn: ..., PerExecutionEnvironmentMaxConcurrency: 4}"
                : "must hold LambdaManagedInstancesCapacityProviderConfig: {CapacityProviderArn: ..., PerExecutionEnvironmentMaxConcurrency: 4}")
        }
        guard let value = settings["PerExecutionEnvironmentMaxConcurrency"], !value.isNull, !value.isUnresolved else {
            return Self.defaultPerExecutionEnvironmentMaxConcurrency
        }
        guard let number = value.int, number >= 1 else {
            throw invalid(key, "has a PerExecutionEnvironmentMaxConcurrency that is not a whole number of at least 1: \(value.scalarText ?? value.kindName)")
        }
        return number
    }

    /// Whether `TenancyConfig` turns tenant isolation on; `PER_TENANT` is the one mode Lambda has.
    func isolatesTenants() throws(TemplateError) -> Bool {
        let key = "TenancyConfig"
        guard let config = resource.properties[key], !config.isNull, !config.isUnresolved else { return false }
        guard let mode = config["TenantIsolationMode"]?.scalarText else {
            throw invalid(key, "must be {TenantIsolationMode: PER_TENANT}")
        }
        guard mode == "PER_TENANT" else {
            throw invalid(key, "has TenantIsolationMode '\(mode)'; the one mode is PER_TENANT")
        }
        return true
    }
}

/// Reads a `FunctionDefinition` from a resolved function resource.
struct FunctionReader {
    let resource: ResolvedResource
    /// The properties as written (with globals merged), to point errors at the right line.
    let written: TemplateValue?
    let file: String
    var warnings: [TemplateWarning] = []

    init(resource: ResolvedResource, written: TemplateValue?, file: String) {
        self.resource = resource
        self.written = written
        self.file = file
    }

    static func isFunction(type: String) -> Bool {
        type == "AWS::Serverless::Function" || type == "AWS::Lambda::Function"
    }

    mutating func read() throws(TemplateError) -> FunctionDefinition {
        let properties = resource.properties
        let isServerless = resource.type == "AWS::Serverless::Function"
        try checkFunctionRanges()
        let code = FunctionCode(properties[isServerless ? "CodeUri" : "Code"])
        return FunctionDefinition(
            logicalId: resource.logicalId,
            resourceType: resource.type,
            functionName: try text("FunctionName"),
            runtime: try text("Runtime"),
            handler: try text("Handler"),
            codeUri: code.localPath,
            codeInS3: code.s3Location,
            timeout: try wholeNumber("Timeout") ?? FunctionDefinition.defaultTimeout,
            memorySize: try wholeNumber("MemorySize") ?? FunctionDefinition.defaultMemorySize,
            architectures: try architectures(),
            environment: try environment(),
            reservedConcurrentExecutions: try wholeNumber("ReservedConcurrentExecutions"),
            perExecutionEnvironmentMaxConcurrency: try perExecutionEnvironmentMaxConcurrency(serverless: isServerless),
            isolatesTenants: try isolatesTenants(),
            metadata: resource.metadata,
            events: isServerless ? try events() : [:],
            properties: properties,
            location: resource.location
        )
    }

    func invalid(_ key: String, _ problem: String) -> TemplateError {
        TemplateError(.invalidProperty, "\(key) of function '\(resource.logicalId)' \(problem)", file: file,
                      location: written?.entry(key)?.keyLocation ?? resource.location)
    }

    /// A string property; unresolved values are left out (and reported with the other unresolved values).
    private func text(_ key: String) throws(TemplateError) -> String? {
        guard let value = resource.properties[key], !value.isNull, !value.isUnresolved else { return nil }
        guard let text = value.scalarText else { throw invalid(key, "must be a string, not \(value.kindName)") }
        return text
    }

    /// A whole-number property (its range is checked by ``checkFunctionRanges()``); `nil` when not
    /// set or not known locally.
    func wholeNumber(_ key: String) throws(TemplateError) -> Int? {
        guard let value = resource.properties[key], !value.isNull, !value.isUnresolved else { return nil }
        guard let number = value.int else {
            throw invalid(key, "must be a whole number, not \(value.scalarText.map { "'\($0)'" } ?? value.kindName)")
        }
        return number
    }

    private func architectures() throws(TemplateError) -> [String] {
        guard let value = resource.properties["Architectures"], !value.isNull, !value.isUnresolved else {
            return FunctionDefinition.defaultArchitectures
        }
        guard let names = value.stringList else { throw invalid("Architectures", "must be a list of strings") }
        return names
    }
}

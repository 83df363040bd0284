extension SAMTemplate {
    /// The function with this logical ID, or else with this `FunctionName`.
    public func function(named name: String) -> FunctionDefinition? {
        functions[name] ?? functions.values.first { $0.functionName == name }
    }

    /// The resolved resource with this logical ID, if its `Condition` holds.
    public func resource(named logicalId: String) -> ResolvedResource? {
        resolvedResources.first { $0.logicalId == logicalId }
    }

    /// The resolved resources of one type, such as `AWS::Events::EventBus`, in template order.
    public func resources(ofType type: String) -> [ResolvedResource] {
        resolvedResources.filter { $0.type == type }
    }

    /// The DynamoDB tables: `AWS::DynamoDB::Table` and `AWS::Serverless::SimpleTable`, in template order.
    public var tables: [ResolvedResource] {
        resolvedResources.filter { $0.type == "AWS::DynamoDB::Table" || $0.type == "AWS::Serverless::SimpleTable" }
    }

    /// Resolves any value of this template (for example an `Outputs` entry) in its context;
    /// `nil` when it is `AWS::NoValue`.
    public func resolve(_ value: TemplateValue) throws(TemplateError) -> ResolvedValue? {
        var resolver = IntrinsicResolver(sections: sections, context: context)
        return try resolver.resolve(value)
    }
}

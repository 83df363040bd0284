/// Evaluates the conditions, then resolves every resource whose condition holds and reads its functions.
struct TemplateLoader {
    let sections: TemplateSections
    var resolver: IntrinsicResolver
    var warnings: [TemplateWarning]

    init(sections: TemplateSections, context: ResolutionContext) {
        self.sections = sections
        self.resolver = IntrinsicResolver(sections: sections, context: context)
        self.warnings = sections.warnings
    }

    var file: String { resolver.context.fileName }

    mutating func load() throws(TemplateError) -> SAMTemplate {
        var context = resolver.context
        context.conditionValues = try evaluateConditions()
        warnings += resolver.warnings
        resolver = IntrinsicResolver(sections: sections, context: context)

        var resolvedResources: [ResolvedResource] = []
        var functions: [String: FunctionDefinition] = [:]
        for logicalId in sections.resourceOrder {
            guard let resource = sections.resources[logicalId], try exists(resource, in: context) else { continue }
            let written = GlobalsMerge.properties(of: resource, globals: sections.globals)
            let resolved = try resolve(resource, written: written)
            resolvedResources.append(resolved)
            if FunctionReader.isFunction(type: resource.type) {
                var reader = FunctionReader(resource: resolved, written: written, file: file)
                functions[logicalId] = try reader.read()
                warnings += reader.warnings
            }
        }
        warnings += resolver.warnings
        return SAMTemplate(fileName: file, sections: sections, context: context, resolvedResources: resolvedResources,
                           functions: functions, warnings: Self.ordered(warnings))
    }

    /// Every condition is evaluated, used or not, so a broken one is reported as CloudFormation would.
    private mutating func evaluateConditions() throws(TemplateError) -> [String: Bool] {
        for name in sections.conditionOrder {
            _ = try resolver.conditionValue(named: name)
        }
        return resolver.conditionValues
    }

    private func exists(_ resource: TemplateResource, in context: ResolutionContext) throws(TemplateError) -> Bool {
        guard let condition = resource.condition else { return true }
        guard let value = context.conditionValues[condition] else {
            throw TemplateError(.unknownCondition, "resource '\(resource.logicalId)' uses condition '\(condition)', "
                                + "which is not defined in Conditions", file: file,
                                location: resource.definition["Condition"]?.location ?? resource.location)
        }
        return value
    }

    private mutating func resolve(_ resource: TemplateResource,
                                  written: TemplateValue?) throws(TemplateError) -> ResolvedResource {
        let properties = try written.flatMap { value throws(TemplateError) in try resolver.resolve(value) }
        let metadata = try resource.metadata.flatMap { value throws(TemplateError) in try resolver.resolve(value) }
        let resolved = ResolvedResource(
            logicalId: resource.logicalId,
            type: resource.type,
            properties: Self.mappingOrEmpty(properties),
            metadata: Self.mappingOrEmpty(metadata),
            location: resource.location
        )
        // A function's environment variables get their own, more specific warning.
        let skipped: Set<String> = FunctionReader.isFunction(type: resource.type) ? ["Environment.Variables"] : []
        warnings += UnresolvedLeaves.warnings(in: resolved.properties, path: resource.logicalId, skipping: skipped,
                                              file: file)
        warnings += UnresolvedLeaves.warnings(in: resolved.metadata, path: "\(resource.logicalId).Metadata",
                                              skipping: [], file: file)
        return resolved
    }

    private static func mappingOrEmpty(_ value: ResolvedValue?) -> ResolvedValue {
        guard let value, value.map != nil else { return .map([:]) }
        return value
    }

    /// By line, each message once.
    private static func ordered(_ warnings: [TemplateWarning]) -> [TemplateWarning] {
        var seen: Set<String> = []
        let unique = warnings.filter { seen.insert($0.description).inserted }
        return unique.enumerated().sorted { left, right in
            (left.element.line ?? 0, left.offset) < (right.element.line ?? 0, right.offset)
        }.map(\.element)
    }
}

/// A SAM (or plain CloudFormation) template, loaded and resolved as CloudFormation with the SAM
/// transform would resolve it, as far as that is possible locally.
///
/// Load one with ``load(path:parameterOverrides:region:stackName:)`` or
/// ``parse(yaml:fileName:parameterOverrides:region:stackName:)``, then read ``functions``,
/// ``resources(ofType:)`` and ``warnings``.
public struct SAMTemplate: Sendable {
    /// The file name as given, used in errors and warnings.
    public let fileName: String
    /// The stack's place, the chosen parameter values and the condition values everything was resolved with.
    public let context: ResolutionContext
    /// Every resource whose `Condition` holds, resolved, in template order.
    public let resolvedResources: [ResolvedResource]
    /// Every function whose `Condition` holds, by logical ID.
    public let functions: [String: FunctionDefinition]
    /// What could not be reproduced locally, by line.
    public let warnings: [TemplateWarning]

    let sections: TemplateSections

    init(fileName: String, sections: TemplateSections, context: ResolutionContext,
         resolvedResources: [ResolvedResource], functions: [String: FunctionDefinition], warnings: [TemplateWarning]) {
        self.fileName = fileName
        self.sections = sections
        self.context = context
        self.resolvedResources = resolvedResources
        self.functions = functions
        self.warnings = warnings
    }
}

extension SAMTemplate {
    /// The `Parameters` section, by name.
    public var parameters: [String: TemplateParameter] { sections.parameters }
    /// The `Conditions` section as written, by name; their values are in `context.conditionValues`.
    public var conditions: [String: TemplateValue] { sections.conditions }
    /// The `Mappings` section as written, by name.
    public var mappings: [String: TemplateValue] { sections.mappings }
    /// The SAM `Globals` section as written, by section (`Function`, `Api`, ...).
    public var globals: [String: TemplateValue] { sections.globals }
    /// Every resource as written, by logical ID, including those whose `Condition` is false.
    public var resources: [String: TemplateResource] { sections.resources }
    /// The logical IDs of all resources, in template order.
    public var resourceOrder: [String] { sections.resourceOrder }
}

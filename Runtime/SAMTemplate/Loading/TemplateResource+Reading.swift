extension TemplateResource {
    /// Reads one entry of the `Resources` section.
    init(logicalId: String, definition: TemplateValue, file: String) throws(TemplateError) {
        guard definition.entries != nil else {
            throw TemplateError(.invalidTemplate, "resource '\(logicalId)' must be a mapping with a Type",
                                file: file, location: definition.location)
        }
        guard let typeValue = definition["Type"] else {
            throw TemplateError(.missingResourceType, "resource '\(logicalId)' has no Type", file: file,
                                location: definition.location)
        }
        guard case .string(let type) = typeValue.kind else {
            throw TemplateError(.missingResourceType, "the Type of resource '\(logicalId)' must be a string",
                                file: file, location: typeValue.location)
        }
        var properties = definition["Properties"]
        if let written = properties {
            if written.isNull {
                properties = nil
            } else if written.entries == nil {
                throw TemplateError(.invalidProperty, "the Properties of resource '\(logicalId)' (\(type)) must be "
                                    + "a mapping", file: file, location: written.location)
            }
        }
        var condition: String?
        if let written = definition["Condition"] {
            guard case .string(let name) = written.kind else {
                throw TemplateError(.invalidTemplate, "the Condition of resource '\(logicalId)' must be the name of "
                                    + "a condition", file: file, location: written.location)
            }
            condition = name
        }
        self.init(logicalId: logicalId, type: type, properties: properties, metadata: definition["Metadata"],
                  condition: condition, definition: definition)
    }
}

extension TemplateResource {
    /// Reads one entry of the `Resources` section.
    init(entry: TemplateValue.Entry, file: String) throws(TemplateError) {
        let logicalId = entry.key
        let definition = entry.value
        guard definition.entries != nil else {
            throw TemplateError(.invalidTemplate, "resource '\(logicalId)' must be a mapping with a Type",
                                file: file, location: entry.keyLocation)
        }
        guard let typeValue = definition["Type"] else {
            throw TemplateError(.missingResourceType, "resource '\(logicalId)' has no Type", file: file,
                                location: entry.keyLocation)
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
                  condition: condition, definition: definition, location: entry.keyLocation)
    }
}

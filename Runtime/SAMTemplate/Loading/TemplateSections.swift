/// The sections of a template, read from the document and checked for shape.
struct TemplateSections: Sendable {
    var parameters: [String: TemplateParameter] = [:]
    var conditions: [String: TemplateValue] = [:]
    var conditionOrder: [String] = []
    var mappings: [String: TemplateValue] = [:]
    var globals: [String: TemplateValue] = [:]
    var resources: [String: TemplateResource] = [:]
    var resourceOrder: [String] = []
    var warnings: [TemplateWarning] = []

    init(root: TemplateValue, file: String) throws(TemplateError) {
        func invalid(_ message: String, at location: SourceLocation) -> TemplateError {
            TemplateError(.invalidTemplate, message, file: file, location: location)
        }
        for entry in try Self.entries(of: root["Parameters"], section: "Parameters", file: file) {
            parameters[entry.key] = try TemplateParameter(entry: entry, file: file)
        }
        for entry in try Self.entries(of: root["Conditions"], section: "Conditions", file: file) {
            conditions[entry.key] = entry.value
            conditionOrder.append(entry.key)
        }
        for entry in try Self.entries(of: root["Mappings"], section: "Mappings", file: file) {
            guard entry.value.entries != nil else {
                throw invalid("mapping '\(entry.key)' must be a mapping of top-level keys", at: entry.keyLocation)
            }
            mappings[entry.key] = entry.value
        }
        for entry in try Self.entries(of: root["Globals"], section: "Globals", file: file) {
            guard entry.value.entries != nil else {
                throw invalid("Globals.\(entry.key) must be a mapping of properties", at: entry.keyLocation)
            }
            globals[entry.key] = entry.value
        }
        guard let resourcesSection = root["Resources"] else {
            throw TemplateError(.missingResources, "the template has no Resources section", file: file,
                                location: .startOfFile)
        }
        guard let resourceEntries = resourcesSection.entries else {
            throw TemplateError(.missingResources, "Resources must be a mapping of logical IDs to resources",
                                file: file, location: resourcesSection.location)
        }
        for entry in resourceEntries {
            if entry.key.hasPrefix("Fn::ForEach") {
                warnings.append(TemplateWarning("\(entry.key) is not expanded locally; the resources it would "
                                                + "create are left out", file: file, line: entry.keyLocation.line))
                continue
            }
            resources[entry.key] = try TemplateResource(entry: entry, file: file)
            resourceOrder.append(entry.key)
        }
    }

    private static func entries(of section: TemplateValue?, section name: String,
                                file: String) throws(TemplateError) -> [TemplateValue.Entry] {
        guard let section, !section.isNull else { return [] }
        guard let entries = section.entries else {
            throw TemplateError(.invalidTemplate, "the \(name) section must be a mapping", file: file,
                                location: section.location)
        }
        return entries
    }
}

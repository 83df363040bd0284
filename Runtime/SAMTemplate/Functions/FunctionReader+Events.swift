extension FunctionReader {
    /// `Events`: each a mapping with a `Type` and optional `Properties`.
    func events() throws(TemplateError) -> [String: FunctionEventSource] {
        guard let events = resource.properties["Events"], !events.isNull, !events.isUnresolved else { return [:] }
        guard let entries = events.map else { throw invalid("Events", "must be a mapping of event names to events") }
        var result: [String: FunctionEventSource] = [:]
        for (name, event) in entries {
            let location = written?["Events"]?.entry(name)?.keyLocation ?? resource.location
            func invalidEvent(_ problem: String) -> TemplateError {
                TemplateError(.invalidProperty, "event '\(name)' of function '\(resource.logicalId)' \(problem)",
                              file: file, location: location)
            }
            guard event.map != nil else { throw invalidEvent("must be a mapping with Type and Properties") }
            guard let type = event["Type"]?.string else { throw invalidEvent("has no Type") }
            let properties = event["Properties"] ?? .map([:])
            guard properties.map != nil || properties.isUnresolved else {
                throw invalidEvent("has Properties that is not a mapping")
            }
            if !properties.isUnresolved {
                try checkEventRanges(name: name, type: type, properties: properties, location: location)
            }
            result[name] = FunctionEventSource(name: name, type: type,
                                               properties: properties.isNull ? .map([:]) : properties,
                                               location: location)
        }
        return result
    }
}

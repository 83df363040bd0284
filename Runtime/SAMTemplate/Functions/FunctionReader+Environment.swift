extension FunctionReader {
    /// `Environment.Variables` as the strings a process gets: numbers and booleans as their text,
    /// `null` as empty, and what cannot be resolved locally as empty with a warning, as `sam local` does.
    mutating func environment() throws(TemplateError) -> [String: String] {
        guard let environment = resource.properties["Environment"], !environment.isNull else { return [:] }
        if environment.isUnresolved { return [:] }
        guard environment.map != nil else { throw invalid("Environment", "must be a mapping with Variables") }
        guard let variables = environment["Variables"], !variables.isNull else { return [:] }
        if let marker = variables.unresolved {
            warnings.append(TemplateWarning("\(marker.reason); function '\(resource.logicalId)' gets no environment "
                                            + "variables", file: file, line: marker.location.line))
            return [:]
        }
        guard let entries = variables.map else {
            throw invalid("Environment", "must have Variables that is a mapping of names to strings")
        }
        var result: [String: String] = [:]
        for (name, value) in entries.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .null:
                result[name] = ""
            case .unresolved(let marker):
                warnings.append(TemplateWarning("\(marker.reason); \(name) is set to an empty string", file: file,
                                                line: marker.location.line))
                result[name] = ""
            case .list, .map:
                warnings.append(TemplateWarning("environment variable \(name) of function '\(resource.logicalId)' is "
                                                + "\(value.kindName), not a string; it is set to an empty string",
                                                file: file, line: resource.line))
                result[name] = ""
            default:
                result[name] = value.scalarText ?? ""
            }
        }
        return result
    }
}

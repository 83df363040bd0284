extension IntrinsicResolver {
    mutating func sub(_ argument: TemplateValue, at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue {
        let template: String
        var variables: [String: TemplateValue] = [:]
        if let written = argument.text {
            template = written
        } else {
            let parts = try arguments(argument, of: .sub, count: 2...2, usage: "a string or [string, {variables}]")
            template = try literalName(parts[0], of: .sub, role: "its text")
            guard let entries = parts[1].entries else {
                throw error(.malformedIntrinsic, "Fn::Sub needs its variables to be a mapping", at: parts[1].location)
            }
            for entry in entries { variables[entry.key] = entry.value }
        }
        let pieces: [SubstitutionTemplate.Piece]
        do {
            pieces = try SubstitutionTemplate.pieces(of: template)
        } catch {
            throw self.error(.malformedIntrinsic, error.message, at: location)
        }
        var output = ""
        for piece in pieces {
            switch piece {
            case .literal(let text):
                output += text
            case .variable(let name):
                output += try substitution(for: name, variables: variables, at: location)
            }
        }
        return .string(output)
    }

    /// A variable's text: from the variables mapping, else `Resource.Attribute`, else what `Ref` gives.
    private mutating func substitution(for name: String, variables: [String: TemplateValue],
                                       at location: SourceLocation) throws(ResolutionFailure) -> String {
        let resolved: ResolvedValue?
        if let variable = variables[name] {
            resolved = try value(variable)
        } else if let dot = name.firstIndex(of: "."), !name.hasPrefix("AWS::") {
            resolved = try attribute(String(name[name.index(after: dot)...]), of: String(name[..<dot]), at: location)
        } else {
            resolved = try reference(name, at: location)
        }
        switch resolved {
        case nil, .null?:
            return ""
        case .unresolved(let marker)?:
            throw .unresolved(marker)
        case .list(let elements)?:
            var texts: [String] = []
            for element in elements {
                if case .unresolved(let marker) = element { throw .unresolved(marker) }
                texts.append(element.scalarText ?? "")
            }
            return texts.joined(separator: ",")
        case let scalar?:
            guard let text = scalar.scalarText else {
                throw error(.malformedIntrinsic, "Fn::Sub variable '\(name)' is a mapping, not a string", at: location)
            }
            return text
        }
    }
}

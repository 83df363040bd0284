extension IntrinsicResolver {
    mutating func ref(_ argument: TemplateValue, at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue? {
        let name = try text(argument, of: .ref, role: "its argument (a parameter or logical ID)")
        return try reference(name, at: location)
    }

    /// What `Ref` gives for `name`: a pseudo parameter, then a parameter, then a resource.
    mutating func reference(_ name: String, at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue? {
        if let pseudo = PseudoParameter(rawValue: name) {
            return pseudo.value(in: context)
        }
        if sections.parameters[name] != nil {
            return context.parameterValues[name]
                ?? unresolved("parameter '\(name)' has no value (no Default and no override)", at: location)
        }
        if let resource = sections.resources[name] {
            return try resourceReference(resource, at: location)
        }
        return unresolved("Ref to '\(name)', which is not a parameter or resource of this template, "
                          + "cannot be resolved locally", at: location)
    }

    private mutating func resourceReference(_ resource: TemplateResource,
                                            at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue {
        let kind = ResourceKind(type: resource.type)
        switch kind {
        case .queue:
            return .string(context.queueURL(name: try name(of: resource, at: location)))
        case .topic:
            return .string(context.arn(service: "sns", resource: try name(of: resource, at: location)))
        case .other:
            return .string(resource.logicalId)
        default:
            return .string(try name(of: resource, at: location))
        }
    }

    /// The physical name of a resource: its name property resolved, else its logical ID.
    mutating func name(of resource: TemplateResource, at location: SourceLocation) throws(ResolutionFailure) -> String {
        guard let property = ResourceKind(type: resource.type).nameProperty,
              let written = resource.properties?[property]
        else { return resource.logicalId }
        if let start = namesInProgress.firstIndex(of: resource.logicalId) {
            let loop = (namesInProgress[start...] + [resource.logicalId]).joined(separator: " → ")
            throw error(.circularReference, "resource names refer to each other in a loop: \(loop)", at: location)
        }
        // Each name followed costs a resolution of its own on top of the one that asked for it.
        do {
            try enter(at: location)
        } catch {
            throw .invalid(error)
        }
        namesInProgress.append(resource.logicalId)
        defer {
            namesInProgress.removeLast()
            depth -= 1
        }
        guard let resolved = try value(written) else { return resource.logicalId }
        guard let name = resolved.scalarText else {
            throw error(.invalidProperty, "\(property) of resource '\(resource.logicalId)' must be a string",
                        at: written.location)
        }
        return name
    }
}

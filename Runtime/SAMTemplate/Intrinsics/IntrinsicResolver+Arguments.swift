extension IntrinsicResolver {
    /// The resolved argument; an unresolved one stops the calling function.
    mutating func value(_ value: TemplateValue) throws(ResolutionFailure) -> ResolvedValue? {
        let resolved: ResolvedValue?
        do {
            resolved = try resolve(value)
        } catch {
            throw .invalid(error)
        }
        if case .unresolved(let marker)? = resolved { throw .unresolved(marker) }
        return resolved
    }

    /// The argument as text (a string, number or boolean).
    mutating func text(_ argument: TemplateValue, of function: IntrinsicFunction,
                       role: String) throws(ResolutionFailure) -> String {
        guard let text = try value(argument)?.scalarText else {
            throw error(.malformedIntrinsic, "\(function.rawValue) needs \(role) to be a string", at: argument.location)
        }
        return text
    }

    /// The argument as a list, written as one or produced by another function (`Fn::Split`, `Ref` to a list).
    mutating func list(_ argument: TemplateValue, of function: IntrinsicFunction,
                       role: String) throws(ResolutionFailure) -> [ResolvedValue] {
        guard let list = try value(argument)?.list else {
            throw error(.malformedIntrinsic, "\(function.rawValue) needs \(role) to be a list", at: argument.location)
        }
        return list
    }

    /// The elements of a function's argument list, checked against the number the function takes.
    func arguments(_ argument: TemplateValue, of function: IntrinsicFunction, count: ClosedRange<Int>,
                   usage: String) throws(ResolutionFailure) -> [TemplateValue] {
        guard let elements = argument.elements, count.contains(elements.count) else {
            let given = argument.elements.map { "\($0.count) argument\($0.count == 1 ? "" : "s")" }
                ?? "a \(argument.kindName)"
            throw error(.malformedIntrinsic, "\(function.rawValue) takes \(usage), but was given \(given)",
                        at: argument.location)
        }
        return elements
    }

    /// The name written as a function's argument, such as the condition of `Fn::If`; it cannot be computed.
    func literalName(_ argument: TemplateValue, of function: IntrinsicFunction,
                     role: String) throws(ResolutionFailure) -> String {
        guard case .string(let name) = argument.kind else {
            throw error(.malformedIntrinsic, "\(function.rawValue) needs \(role) to be written as a plain string",
                        at: argument.location)
        }
        return name
    }
}

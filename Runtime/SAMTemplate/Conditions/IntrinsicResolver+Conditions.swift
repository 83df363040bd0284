extension IntrinsicResolver {
    /// `Fn::If`: resolves only the chosen branch, so the other may hold what cannot be resolved locally.
    mutating func choose(_ argument: TemplateValue, at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue? {
        let parts = try arguments(argument, of: .if, count: 3...3,
                                  usage: "3 arguments [condition_name, value_if_true, value_if_false]")
        let name = try literalName(parts[0], of: .if, role: "the condition name")
        return try value(try condition(named: name, at: parts[0].location) ? parts[1] : parts[2])
    }

    /// The value of a condition in `Conditions`, for callers outside intrinsic functions.
    mutating func conditionValue(named name: String) throws(TemplateError) -> Bool {
        do {
            return try condition(named: name, at: sections.conditions[name]?.location ?? .startOfFile)
        } catch {
            switch error {
            case .invalid(let templateError): throw templateError
            case .unresolved: return false
            }
        }
    }

    /// The value of a condition in `Conditions`, evaluated once.
    mutating func condition(named name: String, at location: SourceLocation) throws(ResolutionFailure) -> Bool {
        if let known = conditionValues[name] { return known }
        guard let definition = sections.conditions[name] else {
            let declared = sections.conditionOrder.joined(separator: ", ")
            throw error(.unknownCondition, "condition '\(name)' is not defined in Conditions"
                        + (declared.isEmpty ? "" : " (\(declared))"), at: location)
        }
        if let start = conditionsInProgress.firstIndex(of: name) {
            let loop = (conditionsInProgress[start...] + [name]).joined(separator: " → ")
            throw error(.circularReference, "conditions refer to each other in a loop: \(loop)", at: definition.location)
        }
        conditionsInProgress.append(name)
        defer { conditionsInProgress.removeLast() }
        let result = try truth(of: definition, in: "condition '\(name)'")
        conditionValues[name] = result
        return result
    }

    /// `Fn::Equals`, `Fn::Not`, `Fn::And`, `Fn::Or` and `Condition`.
    mutating func evaluate(_ function: IntrinsicFunction, _ argument: TemplateValue,
                           at location: SourceLocation) throws(ResolutionFailure) -> Bool {
        switch function {
        case .equals:
            let parts = try arguments(argument, of: .equals, count: 2...2, usage: "[value_1, value_2]")
            return try equals(parts[0], parts[1], at: location)
        case .not:
            let parts = try arguments(argument, of: .not, count: 1...1, usage: "[condition]")
            return !(try truth(of: parts[0], in: function.rawValue))
        case .and, .or:
            let parts = try arguments(argument, of: function, count: 2...10, usage: "a list of 2 to 10 conditions")
            var results: [Bool] = []
            for part in parts { results.append(try truth(of: part, in: function.rawValue)) }
            return function == .and ? !results.contains(false) : results.contains(true)
        default:
            let name = try literalName(argument, of: .condition, role: "the condition name")
            return try condition(named: name, at: location)
        }
    }

    private mutating func truth(of value: TemplateValue, in user: String) throws(ResolutionFailure) -> Bool {
        do {
            try enter(at: value.location)
        } catch {
            throw .invalid(error)
        }
        defer { depth -= 1 }
        switch value.kind {
        case .intrinsic(let function, let argument) where function.isConditionFunction:
            return try evaluate(function, argument, at: value.location)
        case .bool(let flag):
            return flag
        default:
            throw error(.malformedIntrinsic, "\(user) must be a condition function such as Fn::Equals or Condition, "
                        + "not a \(value.kindName)", at: value.location)
        }
    }

    /// Compares as CloudFormation does, as text; a side that cannot be known locally makes it false.
    private mutating func equals(_ left: TemplateValue, _ right: TemplateValue,
                                 at location: SourceLocation) throws(ResolutionFailure) -> Bool {
        do {
            return Self.comparable(try value(left)) == Self.comparable(try value(right))
        } catch {
            guard case .unresolved(let marker) = error else { throw error }
            warn("\(marker.reason); Fn::Equals is taken as false", at: location)
            return false
        }
    }

    private static func comparable(_ value: ResolvedValue?) -> ResolvedValue {
        switch value {
        case nil: .null
        case .list(let elements)?: .list(elements.map { comparable($0) })
        case let scalar?: scalar.scalarText.map { .string($0) } ?? scalar
        }
    }
}

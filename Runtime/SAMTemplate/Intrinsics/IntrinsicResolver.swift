/// Resolves intrinsic functions in template values the way CloudFormation would, as far as that is
/// possible without AWS; what cannot be known becomes `ResolvedValue.unresolved`.
struct IntrinsicResolver {
    let sections: TemplateSections
    let context: ResolutionContext
    var conditionValues: [String: Bool]
    var conditionsInProgress: [String] = []
    var namesInProgress: [String] = []
    var warnings: [TemplateWarning] = []
    /// How many values, conditions and the names they refer to are being resolved inside one another.
    var depth = 0

    /// The deepest resolution followed. Values nest at most ``NestingDepthCheck/limit`` levels as
    /// written, but conditions, mappings and resource names refer to one another without nesting, so
    /// a chain of them is bounded here, far below what a pool thread's stack holds.
    static let maximumDepth = NestingDepthCheck.limit

    init(sections: TemplateSections, context: ResolutionContext) {
        self.sections = sections
        self.context = context
        self.conditionValues = context.conditionValues
    }

    /// The resolved value; `nil` when it is (or becomes, through `Fn::If`) `AWS::NoValue`,
    /// which removes the key or list element it stands in.
    mutating func resolve(_ value: TemplateValue) throws(TemplateError) -> ResolvedValue? {
        try enter(at: value.location)
        defer { depth -= 1 }
        switch value.kind {
        case .string(let text): return .string(text)
        case .number(let text): return .number(text)
        case .bool(let flag): return .bool(flag)
        case .null: return .null
        case .list(let elements):
            var resolved: [ResolvedValue] = []
            for element in elements {
                if let value = try resolve(element) { resolved.append(value) }
            }
            return .list(resolved)
        case .map(let entries):
            if entries.count == 1, entries[0].key.hasPrefix("Fn::") {
                return unresolved("\(entries[0].key) is not supported locally", at: value.location)
            }
            var resolved: [String: ResolvedValue] = [:]
            for entry in entries {
                if let value = try resolve(entry.value) { resolved[entry.key] = value }
            }
            return .map(resolved)
        case .intrinsic(let function, let argument):
            do {
                return try call(function, argument, at: value.location)
            } catch {
                switch error {
                case .invalid(let templateError): throw templateError
                case .unresolved(let marker): return .unresolved(marker)
                }
            }
        }
    }

    private mutating func call(_ function: IntrinsicFunction, _ argument: TemplateValue,
                               at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue? {
        switch function {
        case .ref: return try ref(argument, at: location)
        case .getAtt: return try getAtt(argument, at: location)
        case .sub: return try sub(argument, at: location)
        case .if: return try choose(argument, at: location)
        case .equals, .not, .and, .or, .condition:
            return .bool(try evaluate(function, argument, at: location))
        case .join: return try join(argument, at: location)
        case .select: return try select(argument, at: location)
        case .split: return try split(argument, at: location)
        case .findInMap: return try findInMap(argument, at: location)
        case .getAZs: return try availabilityZones(argument, at: location)
        case .base64: return try base64(argument, at: location)
        case .importValue, .cidr, .transform:
            return unresolved("\(function.rawValue) cannot be resolved locally", at: location)
        }
    }

    /// Counts one more level of resolution, refusing to go past ``maximumDepth``.
    mutating func enter(at location: SourceLocation) throws(TemplateError) {
        guard depth < Self.maximumDepth else {
            throw TemplateError(.nestedTooDeeply, "intrinsic functions, conditions, mappings and resource names refer "
                                + "to one another more than \(Self.maximumDepth) levels deep", file: context.fileName,
                                location: location)
        }
        depth += 1
    }

    func unresolved(_ reason: String, at location: SourceLocation) -> ResolvedValue {
        .unresolved(UnresolvedValue(reason: reason, location: location))
    }

    func error(_ code: TemplateError.Code, _ message: String, at location: SourceLocation) -> ResolutionFailure {
        .invalid(TemplateError(code, message, file: context.fileName, location: location))
    }

    mutating func warn(_ message: String, at location: SourceLocation) {
        warnings.append(TemplateWarning(message, file: context.fileName, line: location.line))
    }
}

/// Chooses each parameter's value (override, else `Default`) and checks it against the declaration.
enum ParameterValues {
    /// The value `Ref` gives for each parameter that has one.
    static func resolve(
        _ parameters: [String: TemplateParameter],
        overrides: [String: String],
        file: String
    ) throws(TemplateError) -> [String: ResolvedValue] {
        for name in overrides.keys.sorted() where parameters[name] == nil {
            let declared = parameters.keys.sorted().joined(separator: ", ")
            throw TemplateError(
                .unknownParameter,
                "parameter override '\(name)' does not match any parameter in Parameters"
                    + (declared.isEmpty ? " (the template declares none)" : " (\(declared))"),
                file: file
            )
        }
        var values: [String: ResolvedValue] = [:]
        for (name, parameter) in parameters {
            let overridden = overrides[name]
            guard let text = overridden ?? parameter.defaultValue else { continue }
            let source = overridden == nil ? "Default" : "override"
            values[name] = try validated(text, for: parameter, source: source, file: file)
        }
        return values
    }

    private static func validated(
        _ text: String,
        for parameter: TemplateParameter,
        source: String,
        file: String
    ) throws(TemplateError) -> ResolvedValue {
        func invalid(_ problem: String) -> TemplateError {
            TemplateError(.invalidParameterValue, "parameter '\(parameter.name)' \(source) '\(text)' \(problem)",
                          file: file, location: parameter.location)
        }
        let elements = parameter.type.isList ? text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingWhitespace() } : [text]
        for element in elements {
            if parameter.type == .number || parameter.type == .numberList {
                let digits = element.trimmingWhitespace()
                guard ScalarText.isDecimalNumber(digits), let number = Double(digits) else {
                    throw invalid("is not a number (Type is \(parameter.declaredType))")
                }
                if let minimum = parameter.minValue, number < minimum {
                    throw invalid("is below MinValue \(minimum.compactText)")
                }
                if let maximum = parameter.maxValue, number > maximum {
                    throw invalid("is above MaxValue \(maximum.compactText)")
                }
            }
            if let allowed = parameter.allowedValues, !allowed.contains(element) {
                throw invalid("is not one of the AllowedValues (\(allowed.joined(separator: ", ")))")
            }
        }
        if !parameter.type.isList {
            if let minimum = parameter.minLength, text.count < minimum {
                throw invalid("is shorter than MinLength \(minimum)")
            }
            if let maximum = parameter.maxLength, text.count > maximum {
                throw invalid("is longer than MaxLength \(maximum)")
            }
        }
        if let pattern = parameter.allowedPattern {
            try check(text, against: pattern, parameter: parameter, file: file, invalid: invalid)
        }
        return parameter.type.isList ? .list(elements.map { .string($0) }) : .string(text)
    }

    private static func check(
        _ text: String,
        against pattern: String,
        parameter: TemplateParameter,
        file: String,
        invalid: (String) -> TemplateError
    ) throws(TemplateError) {
        let regex: Regex<AnyRegexOutput>
        do {
            regex = try Regex(pattern)
        } catch {
            throw TemplateError(.invalidTemplate, "parameter '\(parameter.name)' has an AllowedPattern that is not "
                                + "a valid regular expression: \(pattern)", file: file, location: parameter.location)
        }
        guard (try? regex.wholeMatch(in: text)) != nil else {
            throw invalid("does not match AllowedPattern \(pattern)")
        }
    }
}

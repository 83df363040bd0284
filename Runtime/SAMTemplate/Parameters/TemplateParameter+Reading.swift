extension TemplateParameter {
    /// Reads one entry of the `Parameters` section.
    init(entry: TemplateValue.Entry, file: String) throws(TemplateError) {
        let name = entry.key
        let declaration = entry.value
        func invalid(_ message: String, at location: SourceLocation) -> TemplateError {
            TemplateError(.invalidTemplate, "parameter '\(name)' \(message)", file: file, location: location)
        }
        guard declaration.entries != nil else {
            throw invalid("must be a mapping with at least a Type", at: entry.keyLocation)
        }
        guard let type = declaration["Type"] else {
            throw invalid("has no Type", at: entry.keyLocation)
        }
        guard let typeName = type.text else {
            throw invalid("has a Type that is not a string", at: type.location)
        }
        self.init(name: name, declaredType: typeName, location: entry.keyLocation)

        if let value = declaration["Default"] {
            guard let text = Self.text(of: value) else {
                throw invalid("has a Default that is not a string", at: value.location)
            }
            defaultValue = text
        }
        if let value = declaration["AllowedValues"] {
            guard let elements = value.elements else {
                throw invalid("has AllowedValues that is not a list", at: value.location)
            }
            var allowed: [String] = []
            for element in elements {
                guard let text = Self.scalarText(of: element) else {
                    throw invalid("has an AllowedValues element that is not a string", at: element.location)
                }
                allowed.append(text)
            }
            allowedValues = allowed
        }
        allowedPattern = declaration["AllowedPattern"]?.text
        minValue = declaration["MinValue"]?.text.flatMap { Double($0) }
        maxValue = declaration["MaxValue"]?.text.flatMap { Double($0) }
        minLength = declaration["MinLength"]?.text.flatMap { Int($0) }
        maxLength = declaration["MaxLength"]?.text.flatMap { Int($0) }
    }

    /// A list default is accepted the way people write it and joined as CloudFormation expects.
    private static func text(of value: TemplateValue) -> String? {
        if let elements = value.elements {
            let texts = elements.compactMap(scalarText(of:))
            return texts.count == elements.count ? texts.joined(separator: ",") : nil
        }
        return scalarText(of: value)
    }

    private static func scalarText(of value: TemplateValue) -> String? {
        switch value.kind {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }
}

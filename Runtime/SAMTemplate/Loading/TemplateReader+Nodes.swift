import Yams

extension TemplateReader {
    static let maximumDepth = NestingDepthCheck.limit

    mutating func convert(_ node: Node, depth: Int) throws(TemplateError) -> TemplateValue {
        let location = node.mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? .startOfFile
        remainingNodes -= 1
        guard remainingNodes > 0 else {
            throw error(.syntax, "the template is too large once YAML aliases are expanded", at: location)
        }
        guard depth < Self.maximumDepth else {
            throw error(.syntax, "values are nested more than \(Self.maximumDepth) levels deep", at: location)
        }
        switch node {
        case .scalar(let scalar):
            return try convert(scalar, at: location)
        case .sequence(let sequence):
            var elements: [TemplateValue] = []
            for element in sequence {
                elements.append(try convert(element, depth: depth + 1))
            }
            return try tagged(TemplateValue(.list(elements), at: location), tag: sequence.tag.rawValue,
                              plainTag: Tag.Name.seq.rawValue)
        case .mapping(let mapping):
            let entries = try convert(mapping, depth: depth)
            let value = TemplateValue(.map(entries), at: location)
            return try tagged(LongFormIntrinsic.recognize(value), tag: mapping.tag.rawValue,
                              plainTag: Tag.Name.map.rawValue)
        case .alias:
            throw error(.syntax, "a YAML alias could not be expanded", at: location)
        }
    }

    private func convert(_ scalar: Node.Scalar, at location: SourceLocation) throws(TemplateError) -> TemplateValue {
        let text = scalar.string
        switch scalar.tag.rawValue {
        case Tag.Name.implicit.rawValue:
            return TemplateValue(ScalarText.kind(of: text), at: location)
        case Tag.Name.nonSpecific.rawValue, Tag.Name.str.rawValue:
            return TemplateValue(.string(text), at: location)
        case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
            return TemplateValue(.number(text), at: location)
        case Tag.Name.null.rawValue:
            return TemplateValue(.null, at: location)
        case Tag.Name.bool.rawValue:
            guard case .bool(let flag) = ScalarText.kind(of: text) else {
                throw error(.syntax, "'\(text)' is not a boolean; write true or false", at: location)
            }
            return TemplateValue(.bool(flag), at: location)
        case let tag:
            return try tagged(TemplateValue(.string(text), at: location), tag: tag, plainTag: nil)
        }
    }

    /// Applies a node's tag: a CloudFormation short form wraps the value in an intrinsic call.
    private func tagged(_ value: TemplateValue, tag: String, plainTag: String?) throws(TemplateError) -> TemplateValue {
        if tag == Tag.Name.implicit.rawValue || tag == Tag.Name.nonSpecific.rawValue || tag == plainTag {
            return value
        }
        guard let function = IntrinsicFunction(shortFormTag: tag) else {
            let known = IntrinsicFunction.allCases.map(\.shortFormTag).joined(separator: ", ")
            throw error(.unsupportedTag, "unsupported YAML tag '\(tag)'; CloudFormation understands \(known)",
                        at: value.location)
        }
        return TemplateValue(.intrinsic(function, value), at: value.location)
    }

    private mutating func convert(_ mapping: Node.Mapping, depth: Int) throws(TemplateError) -> [TemplateValue.Entry] {
        var merged: [TemplateValue.Entry] = []
        var entries: [TemplateValue.Entry] = []
        for (keyNode, valueNode) in mapping {
            let value = try convert(valueNode, depth: depth + 1)
            let key = try keyText(keyNode)
            if key == "<<", keyNode.scalar?.style == .plain {
                merged.append(contentsOf: try mergeEntries(value))
            } else {
                let keyLocation = keyNode.mark.map { SourceLocation(line: $0.line, column: $0.column) }
                entries.append(TemplateValue.Entry(key: key, value: value, keyLocation: keyLocation))
            }
        }
        let explicitKeys = Set(entries.map(\.key))
        return merged.filter { !explicitKeys.contains($0.key) } + entries
    }

    private func keyText(_ key: Node) throws(TemplateError) -> String {
        let location = key.mark.map { SourceLocation(line: $0.line, column: $0.column) }
        guard case .scalar(let scalar) = key else {
            throw error(.syntax, "a mapping key must be plain text, not a list or mapping", at: location)
        }
        if IntrinsicFunction(shortFormTag: scalar.tag.rawValue) != nil {
            throw error(.syntax, "a mapping key cannot be an intrinsic function (\(scalar.tag.rawValue))", at: location)
        }
        return scalar.string
    }

    /// `<<: *defaults` copies the entries of another mapping (or list of mappings, the first winning).
    private func mergeEntries(_ value: TemplateValue) throws(TemplateError) -> [TemplateValue.Entry] {
        switch value.kind {
        case .map(let entries):
            return entries
        case .list(let sources):
            var merged: [TemplateValue.Entry] = []
            for source in sources {
                guard let entries = source.entries else {
                    throw error(.syntax, "a YAML merge key (<<) takes mappings", at: source.location)
                }
                let known = Set(merged.map(\.key))
                merged.append(contentsOf: entries.filter { !known.contains($0.key) })
            }
            return merged
        default:
            throw error(.syntax, "a YAML merge key (<<) takes a mapping or a list of mappings", at: value.location)
        }
    }
}

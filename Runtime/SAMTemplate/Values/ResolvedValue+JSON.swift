import LambdaEvents

extension ResolvedValue {
    /// The value as compact JSON with sorted keys; an unresolved value becomes `null`, and a number
    /// whose text is not valid JSON (such as `01234`) becomes a string.
    public var jsonText: String {
        var output = ""
        writeJSON(to: &output)
        return output
    }

    private func writeJSON(to output: inout String) {
        switch self {
        case .string(let text):
            JSONStringLiteral.append(text, to: &output)
        case .number(let text):
            if Self.isJSONNumber(text) {
                output += text
            } else {
                JSONStringLiteral.append(text, to: &output)
            }
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .null, .unresolved:
            output += "null"
        case .list(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.writeJSON(to: &output)
            }
            output += "]"
        case .map(let entries):
            output += "{"
            for (index, key) in entries.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                JSONStringLiteral.append(key, to: &output)
                output += ":"
                entries[key]?.writeJSON(to: &output)
            }
            output += "}"
        }
    }

    /// JSON forbids leading zeros, a leading `+` and a bare trailing dot, which YAML allows.
    static func isJSONNumber(_ text: String) -> Bool {
        var characters = Substring(text)
        if characters.first == "-" { characters = characters.dropFirst() }
        let integer = characters.prefix { $0.isASCII && $0.isNumber }
        guard !integer.isEmpty, integer == "0" || integer.first != "0" else { return false }
        characters = characters.dropFirst(integer.count)
        if characters.first == "." {
            let fraction = characters.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard !fraction.isEmpty else { return false }
            characters = characters.dropFirst(1 + fraction.count)
        }
        if characters.first == "e" || characters.first == "E" {
            characters = characters.dropFirst()
            if characters.first == "+" || characters.first == "-" { characters = characters.dropFirst() }
            let exponent = characters.prefix { $0.isASCII && $0.isNumber }
            guard !exponent.isEmpty else { return false }
            characters = characters.dropFirst(exponent.count)
        }
        return characters.isEmpty
    }
}

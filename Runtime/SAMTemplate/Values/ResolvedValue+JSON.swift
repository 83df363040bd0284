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
            Self.writeJSONString(text, to: &output)
        case .number(let text):
            if Self.isJSONNumber(text) {
                output += text
            } else {
                Self.writeJSONString(text, to: &output)
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
                Self.writeJSONString(key, to: &output)
                output += ":"
                entries[key]?.writeJSON(to: &output)
            }
            output += "}"
        }
    }

    private static func writeJSONString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
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

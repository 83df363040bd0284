/// How an untagged, unquoted scalar is read.
///
/// CloudFormation accepts YAML 1.1 documents, where `yes`, `on` or `0x1F` would change meaning; reading
/// those as strings keeps values such as `Enabled: yes` or `Code: 01234` exactly as written.
/// Only `true`/`false`, `null`/`~`/empty and decimal numbers get a type, and numbers keep their text.
enum ScalarText {
    static func kind(of text: String) -> TemplateValue.Kind {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: return isDecimalNumber(text) ? .number(text) : .string(text)
        }
    }

    /// `[-+]` digits `[.digits]` `[e[-+]digits]`, or the same with no digits before the dot.
    static func isDecimalNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let integer = rest.prefix(while: isDigit)
        rest = rest.dropFirst(integer.count)
        var fraction = Substring()
        if rest.first == "." {
            fraction = rest.dropFirst().prefix(while: isDigit)
            rest = rest.dropFirst(1 + fraction.count)
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return false }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
            let exponent = rest.prefix(while: isDigit)
            guard !exponent.isEmpty else { return false }
            rest = rest.dropFirst(exponent.count)
        }
        return rest.isEmpty
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}

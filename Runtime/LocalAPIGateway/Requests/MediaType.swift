/// Content type comparisons for deciding whether a body travels as text or as base64.
enum MediaType {
    /// `Application/JSON; charset=utf-8` → `application/json`.
    static func essence(_ contentType: String) -> String {
        let type = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return type.trimmingWhitespace().lowercased()
    }

    /// Whether `type` (an essence) matches a binary media type pattern such as `image/png`,
    /// `image/*`, `application/vnd.*` or `*/*`.
    static func matches(_ type: String, pattern: String) -> Bool {
        WildcardPattern.matches(type, pattern: essence(pattern))
    }

    /// Whether an HTTP API passes a body of this type as text: text, JSON, XML, JavaScript and
    /// form data are text; everything else, a missing type included, is sent base64-encoded.
    static func isTextual(_ type: String) -> Bool {
        if type.hasPrefix("text/") || type.hasSuffix("+json") || type.hasSuffix("+xml") { return true }
        return [
            "application/json", "application/xml", "application/javascript", "application/x-javascript",
            "application/ecmascript", "application/x-www-form-urlencoded", "application/graphql",
            "application/x-ndjson",
        ].contains(type)
    }
}

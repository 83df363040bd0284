import LambdaEvents

/// Claims as API Gateway hands them to functions: every value a string.
enum ClaimText {
    /// HTTP APIs' rendering: strings as they are, whole numbers without a fraction, lists as
    /// `[a b]`, objects as JSON; `null` claims are left out.
    static func httpAPI(_ claims: [String: JSONValue]) -> [String: String] {
        claims.compactMapValues(text)
    }

    /// REST APIs' rendering for Cognito: as for HTTP APIs, except that the time claims (`exp`,
    /// `iat`, `auth_time`) read like `Sat Nov 21 17:05:56 UTC 2026`.
    static func restAPI(_ claims: [String: JSONValue]) -> [String: String] {
        var texts = httpAPI(claims)
        for name in ["exp", "iat", "auth_time"] {
            guard let seconds = claims[name]?.doubleValue, seconds.isFinite, abs(seconds) < 1e15 else { continue }
            texts[name] = CivilTime(secondsSince1970: Int64(seconds.rounded(.down))).claimDateFormat
        }
        return texts
    }

    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .null: nil
        case .bool(let flag): flag ? "true" : "false"
        case .string(let string): string
        case .number(let number): numberText(number)
        case .array(let elements): "[" + elements.compactMap(text).joined(separator: " ") + "]"
        case .object: JSONText.compact(value)
        }
    }

    private static func numberText(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// The claims of a JSON Web Token, read WITHOUT checking its signature.
///
/// The local gateway has neither the issuer's keys nor any business holding them: it decodes the
/// payload so that functions see the claims a real authorizer would pass, and that is all. Never
/// use this to decide whether a caller is who the token says.
struct JSONWebToken: Sendable {
    let claims: [String: JSONValue]

    /// Reads a compact JWS (`header.payload.signature`), optionally after `Bearer `; `nil` when
    /// it is not three base64url parts whose first two are JSON objects.
    init?(_ text: String) {
        var token = Substring(text.trimmingWhitespace())
        if token.lowercased().hasPrefix("bearer ") { token = token.dropFirst("bearer ".count) }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3,
              Self.object(fromBase64URL: parts[0]) != nil,
              let claims = Self.object(fromBase64URL: parts[1])
        else { return nil }
        self.claims = claims
    }

    /// Why the token is not acceptable at `now` (seconds since 1970), or `nil` when it is: `exp`
    /// must be in the future and `nbf` in the past. A token without `exp` is accepted.
    func timeProblem(now: Double) -> String? {
        for name in ["exp", "nbf", "iat"] {
            if let value = claims[name], value.doubleValue == nil { return "its \(name) claim is not a number" }
        }
        if let expiry = claims["exp"]?.doubleValue, expiry <= now { return "it expired" }
        if let notBefore = claims["nbf"]?.doubleValue, notBefore > now { return "it is not valid yet (nbf)" }
        return nil
    }

    /// `aud` (a string or a list) and `client_id`, which Cognito access tokens carry instead of `aud`.
    var audiences: [String] {
        var values: [String] = []
        switch claims["aud"] {
        case .string(let audience): values.append(audience)
        case .array(let list): values += list.compactMap(\.stringValue)
        default: break
        }
        if let clientID = claims["client_id"]?.stringValue { values.append(clientID) }
        return values
    }

    /// The scopes of `scope` (space-separated) or `scp` (a list or a string).
    var scopes: [String] {
        for name in ["scope", "scp"] {
            switch claims[name] {
            case .string(let text): return text.split(separator: " ").map(String.init)
            case .array(let list): return list.compactMap(\.stringValue)
            default: continue
            }
        }
        return []
    }

    private static func object(fromBase64URL part: Substring) -> [String: JSONValue]? {
        var text = String(part.map { $0 == "-" ? "+" : $0 == "_" ? "/" : $0 })
        while text.utf8.count % 4 != 0 { text += "=" }
        // The token is the client's: nesting is counted before the recursive decode, which
        // would otherwise go as deep as Foundation allows on whatever stack the request runs on.
        guard let data = Data(base64Encoded: text), !JSONNesting.exceeds(in: data),
              let value = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return nil }
        return value.objectValue
    }
}

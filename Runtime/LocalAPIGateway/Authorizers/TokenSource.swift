/// Where an authorizer reads its token.
public enum TokenSource: Sendable, Hashable {
    /// A request header, such as `Authorization` (`$request.header.Authorization`).
    case header(String)
    /// A query string parameter (`$request.querystring.token`).
    case queryString(String)

    /// Reads an HTTP API `IdentitySource` such as `$request.header.Authorization`; `nil` for a
    /// source a JWT cannot come from.
    init?(identitySource: String) {
        let text = identitySource.trimmingWhitespace()
        if text.hasPrefix("$request.header.") {
            let name = text.dropFirst("$request.header.".count)
            guard !name.isEmpty else { return nil }
            self = .header(String(name))
        } else if text.hasPrefix("$request.querystring.") {
            let name = text.dropFirst("$request.querystring.".count)
            guard !name.isEmpty else { return nil }
            self = .queryString(String(name))
        } else {
            return nil
        }
    }
}

extension TokenSource {
    /// The source's value in the request; `nil` when it is missing or blank, which every
    /// authorizer answers with 401.
    func value(in request: RequestFacts) -> String? {
        let value: String?
        switch self {
        case .header(let name): value = request.client.headers.value(of: name)
        case .queryString(let name): value = request.query.value(of: name)
        }
        guard let value, !value.trimmingWhitespace().isEmpty else { return nil }
        return value
    }
}

extension TokenSource: CustomStringConvertible {
    /// `header Authorization`, `query string parameter token`: for log lines.
    public var description: String {
        switch self {
        case .header(let name): return "header \(name)"
        case .queryString(let name): return "query string parameter \(name)"
        }
    }
}

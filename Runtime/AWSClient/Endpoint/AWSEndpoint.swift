/// Where a service's requests go: scheme, host, port and base path, parsed from a URL such as
/// `http://127.0.0.1:3001` or `https://dynamodb.eu-west-1.amazonaws.com`.
public struct AWSEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// `http` or `https`.
    public let scheme: String
    /// The host name or address; an IPv6 address keeps its brackets, as in `[::1]`.
    public let host: String
    /// The port when the URL names one.
    public let port: Int?
    /// The path requests are posted to, `/` unless the URL has one.
    public let path: String

    /// Parses an absolute `http` or `https` URL; `nil` when it is not one. A query or fragment is
    /// not allowed: the JSON protocols post to a path and nothing else.
    public init?(url: String) {
        let lowered = url.lowercased()
        let scheme: String
        if lowered.hasPrefix("https://") {
            scheme = "https"
        } else if lowered.hasPrefix("http://") {
            scheme = "http"
        } else {
            return nil
        }
        let rest = url.dropFirst(scheme.count + 3)
        guard !rest.contains("?"), !rest.contains("#"), !rest.contains("@") else { return nil }
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        guard let (host, port) = Self.split(authority: authority) else { return nil }
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path.isEmpty ? "/" : String(path)
    }

    /// `host`, or `host:port` when the port is not the scheme's default: the value of the `Host`
    /// header, which SigV4 signs.
    public var hostHeader: String {
        guard let port, port != (scheme == "https" ? 443 : 80) else { return host }
        return "\(host):\(port)"
    }

    /// The URL requests are sent to.
    public var url: String { "\(scheme)://\(hostHeader)\(path)" }

    /// The URL.
    public var description: String { url }

    private static func split(authority: Substring) -> (String, Int?)? {
        guard !authority.isEmpty else { return nil }
        var host = authority
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[...close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return nil }
                portText = after.dropFirst()
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        }
        guard !host.isEmpty else { return nil }
        guard let portText else { return (String(host), nil) }
        guard let port = Int(portText), (1...65_535).contains(port) else { return nil }
        return (String(host), port)
    }
}

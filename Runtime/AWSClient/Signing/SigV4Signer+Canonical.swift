extension SigV4Signer {
    /// Headers that proxies and HTTP libraries may add, drop or rewrite on the way, so signing
    /// them would break the signature; the AWS SDKs leave the same ones out.
    static let unsignedHeaders: Set<String> = [
        "authorization", "expect", "transfer-encoding", "user-agent", "x-amzn-trace-id",
    ]

    /// The path with empty, `.` and `..` segments resolved, each segment percent-encoded. The path
    /// arrives as written in the request line, so an already encoded `%` is encoded again: that is
    /// the rule for every service but S3.
    static func canonicalURI(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        guard !segments.isEmpty else { return "/" }
        let encoded = "/" + segments.map { URIEncoding.encode($0) }.joined(separator: "/")
        return path.hasSuffix("/") ? encoded + "/" : encoded
    }

    /// Parameters encoded, then sorted by name and, for a repeated name, by value.
    static func canonicalQuery(_ query: [(name: String, value: String)]) -> String {
        query
            .map { (URIEncoding.encode($0.name), URIEncoding.encode($0.value)) }
            .sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// One `name:value` line per lowercase name, sorted; repeated headers joined with commas in
    /// the order given; values trimmed, inner runs of whitespace reduced to one space.
    static func canonicalHeaders(_ headers: [(name: String, value: String)]) -> (block: String, signedNames: String) {
        var values: [String: [String]] = [:]
        for (name, value) in headers {
            let lowered = name.lowercased()
            guard !unsignedHeaders.contains(lowered) else { continue }
            values[lowered, default: []].append(collapsingWhitespace(value))
        }
        let names = values.keys.sorted()
        let block = names.map { "\($0):\(values[$0]!.joined(separator: ","))\n" }.joined()
        return (block, names.joined(separator: ";"))
    }

    private static func collapsingWhitespace(_ value: String) -> String {
        // Most values (dates, hosts, content types, targets) have nothing to collapse.
        var previousWasSpace = true
        var clean = true
        for byte in value.utf8 {
            let isSpace = byte == UInt8(ascii: " ")
            if byte == UInt8(ascii: "\t") || (isSpace && previousWasSpace) {
                clean = false
                break
            }
            previousWasSpace = isSpace
        }
        if clean && !previousWasSpace { return value }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

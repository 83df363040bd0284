extension AWSEndpoint {
    /// The service's public HTTPS endpoint in a region, such as `https://dynamodb.us-east-1.amazonaws.com`;
    /// China regions use `amazonaws.com.cn`.
    ///
    /// Region names are lowercase letters, digits and dashes; other characters (possible only in a
    /// configuration built by hand, since the environment's region is checked) are left out rather
    /// than made into a URL that cannot parse, so the mistake surfaces as a failed connection.
    public static func regional(_ service: AWSService, region: String) -> AWSEndpoint {
        let cleaned = String(region.unicodeScalars.filter { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
        }.map(Character.init))
        let suffix = cleaned.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        let host = cleaned.isEmpty ? "\(service.endpointPrefix).\(suffix)" : "\(service.endpointPrefix).\(cleaned).\(suffix)"
        // Letters, digits, dots and dashes after `https://` always parse.
        return AWSEndpoint(url: "https://\(host)") ?? AWSEndpoint(url: "https://\(service.endpointPrefix).amazonaws.com")!
    }
}

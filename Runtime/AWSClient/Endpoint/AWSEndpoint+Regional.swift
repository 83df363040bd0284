extension AWSEndpoint {
    /// The service's public HTTPS endpoint in a region, such as `https://dynamodb.us-east-1.amazonaws.com`;
    /// China regions use `amazonaws.com.cn`.
    public static func regional(_ service: AWSService, region: String) -> AWSEndpoint {
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        // Region names are lowercase letters, digits and dashes, so this always parses.
        return AWSEndpoint(url: "https://\(service.endpointPrefix).\(region).\(suffix)")!
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CurlHTTP

extension AWSConfiguration {
    /// The service endpoint variables this module reads, one per service it has a client for.
    static let knownServices: [AWSService] = [.dynamoDB, .eventBridge]

    /// Reads the standard AWS variables:
    ///
    /// - credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`;
    /// - the region from `AWS_REGION`, then `AWS_DEFAULT_REGION`;
    /// - endpoints from `AWS_ENDPOINT_URL_<SERVICE>` (`DYNAMODB`, `EVENTBRIDGE`), then
    ///   `AWS_ENDPOINT_URL`, unless `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is `true`; otherwise the
    ///   regional default;
    /// - the CA bundle from `AWS_CA_BUNDLE`, then `SSL_CERT_FILE`, then the first bundle found at
    ///   Amazon Linux's or Debian's path.
    ///
    /// - Parameter environment: The variables; the process environment by default.
    /// - Throws: ``AWSError`` of kind ``AWSError/Kind/configuration`` when credentials or region
    ///   are missing, or an endpoint variable is not an `http` or `https` URL.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(AWSError) {
        guard let credentials = AWSCredentials(environment: environment) else {
            throw AWSError(
                configuration: .missingCredentials,
                "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set")
        }
        guard let region = Self.value("AWS_REGION", environment) ?? Self.value("AWS_DEFAULT_REGION", environment)
        else {
            throw AWSError(configuration: .missingRegion, "AWS_REGION or AWS_DEFAULT_REGION must be set")
        }
        guard Self.isValidRegion(region) else {
            throw AWSError(configuration: .invalidRegion, "\(region) is not a region name")
        }
        var endpoint: AWSEndpoint?
        var serviceEndpoints: [String: AWSEndpoint] = [:]
        if Self.value("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", environment)?.lowercased() != "true" {
            endpoint = try Self.endpoint("AWS_ENDPOINT_URL", environment)
            for service in Self.knownServices {
                let name = "AWS_ENDPOINT_URL_\(service.environmentName)"
                serviceEndpoints[service.environmentName] = try Self.endpoint(name, environment)
            }
        }
        let caBundle = Self.value("AWS_CA_BUNDLE", environment) ?? CABundle.locate(environment: environment)
        self.init(
            credentials: credentials,
            region: region,
            endpoint: endpoint,
            serviceEndpoints: serviceEndpoints,
            caBundlePath: caBundle
        )
    }

    private static func value(_ name: String, _ environment: [String: String]) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    private static func endpoint(_ name: String, _ environment: [String: String]) throws(AWSError) -> AWSEndpoint? {
        guard let text = value(name, environment) else { return nil }
        guard let endpoint = AWSEndpoint(url: text) else {
            throw AWSError(configuration: .invalidEndpoint, "\(name)=\(text) is not an http or https URL")
        }
        return endpoint
    }

    /// Region names go into a host name and the credential scope, so only the characters they
    /// are made of are accepted.
    static func isValidRegion(_ region: String) -> Bool {
        !region.isEmpty && region.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }
    }
}

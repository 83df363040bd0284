import AWSClient
import Testing

@Suite struct AWSConfigurationTests {
    static let lambdaEnvironment = [
        "AWS_ACCESS_KEY_ID": "ASIAEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "secret",
        "AWS_SESSION_TOKEN": "token",
        "AWS_REGION": "eu-west-1",
        "AWS_DEFAULT_REGION": "us-east-1",
    ]

    @Test func inLambdaTheRegionalEndpointsAreUsed() throws {
        let configuration = try AWSConfiguration(environment: Self.lambdaEnvironment)
        #expect(configuration.credentials == AWSCredentials(
            accessKeyID: "ASIAEXAMPLE", secretAccessKey: "secret", sessionToken: "token"))
        #expect(configuration.region == "eu-west-1")
        #expect(configuration.endpoint(for: .dynamoDB).url == "https://dynamodb.eu-west-1.amazonaws.com/")
        #expect(configuration.endpoint(for: .eventBridge).url == "https://events.eu-west-1.amazonaws.com/")
        #expect(configuration.endpoint(for: .dynamoDB).hostHeader == "dynamodb.eu-west-1.amazonaws.com")
    }

    @Test func chinaRegionsUseTheirOwnDomain() throws {
        var environment = Self.lambdaEnvironment
        environment["AWS_REGION"] = "cn-north-1"
        let configuration = try AWSConfiguration(environment: environment)
        #expect(configuration.endpoint(for: .dynamoDB).host == "dynamodb.cn-north-1.amazonaws.com.cn")
    }

    @Test func theDefaultRegionIsUsedWhenNoRegionIsSet() throws {
        var environment = Self.lambdaEnvironment
        environment["AWS_REGION"] = nil
        #expect(try AWSConfiguration(environment: environment).region == "us-east-1")
    }

    @Test func aSharedEndpointServesEveryService() throws {
        var environment = Self.lambdaEnvironment
        environment["AWS_ENDPOINT_URL"] = "http://127.0.0.1:3001"
        let configuration = try AWSConfiguration(environment: environment)
        #expect(configuration.endpoint(for: .dynamoDB).url == "http://127.0.0.1:3001/")
        #expect(configuration.endpoint(for: .eventBridge).hostHeader == "127.0.0.1:3001")
    }

    @Test func aServiceEndpointWinsOverTheSharedOne() throws {
        var environment = Self.lambdaEnvironment
        environment["AWS_ENDPOINT_URL"] = "http://127.0.0.1:3001"
        environment["AWS_ENDPOINT_URL_DYNAMODB"] = "http://localhost:8000"
        let configuration = try AWSConfiguration(environment: environment)
        #expect(configuration.endpoint(for: .dynamoDB).url == "http://localhost:8000/")
        #expect(configuration.endpoint(for: .eventBridge).url == "http://127.0.0.1:3001/")
    }

    @Test func configuredEndpointsCanBeIgnored() throws {
        var environment = Self.lambdaEnvironment
        environment["AWS_ENDPOINT_URL"] = "http://127.0.0.1:3001"
        environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "true"
        let configuration = try AWSConfiguration(environment: environment)
        #expect(configuration.endpoint(for: .dynamoDB).scheme == "https")
    }

    @Test func theCABundleComesFromTheEnvironmentFirst() throws {
        var environment = Self.lambdaEnvironment
        environment["SSL_CERT_FILE"] = "/custom/ssl.pem"
        #expect(try AWSConfiguration(environment: environment).caBundlePath == "/custom/ssl.pem")
        environment["AWS_CA_BUNDLE"] = "/custom/aws.pem"
        #expect(try AWSConfiguration(environment: environment).caBundlePath == "/custom/aws.pem")
    }

    @Test func withoutVariablesTheCABundleIsOneOfTheKnownPaths() throws {
        let path = try AWSConfiguration(environment: Self.lambdaEnvironment).caBundlePath
        #expect(path == nil || ["/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/certs/ca-certificates.crt",
            "/etc/ssl/cert.pem", "/etc/ssl/ca-bundle.pem"].contains(path!))
    }

    @Test(arguments: [
        ("AWS_ACCESS_KEY_ID", AWSError.Code.missingCredentials),
        ("AWS_SECRET_ACCESS_KEY", .missingCredentials),
    ])
    func missingKeysAreAConfigurationError(variable: String, code: AWSError.Code) {
        var environment = Self.lambdaEnvironment
        environment[variable] = ""
        #expect {
            try AWSConfiguration(environment: environment)
        } throws: { error in
            (error as? AWSError)?.kind == .configuration && (error as? AWSError)?.code == code
        }
    }

    @Test func aMissingRegionIsAConfigurationError() {
        var environment = Self.lambdaEnvironment
        environment["AWS_REGION"] = nil
        environment["AWS_DEFAULT_REGION"] = nil
        #expect(throws: AWSError.self) { try AWSConfiguration(environment: environment) }
        #expect(performing: { try AWSConfiguration(environment: environment) }, throws: { error in
            (error as? AWSError)?.code == .missingRegion
        })
    }

    @Test(arguments: ["localhost:3001", "ftp://host", "http://", "http://host:99999", "http://host/?x=1"])
    func aBadEndpointURLIsAConfigurationError(url: String) {
        var environment = Self.lambdaEnvironment
        environment["AWS_ENDPOINT_URL_EVENTBRIDGE"] = url
        #expect(performing: { try AWSConfiguration(environment: environment) }, throws: { error in
            (error as? AWSError)?.code == .invalidEndpoint
        })
    }

    @Test func aRegionThatIsNotARegionNameIsRefused() {
        var environment = Self.lambdaEnvironment
        environment["AWS_REGION"] = "us-east-1/../evil"
        #expect(performing: { try AWSConfiguration(environment: environment) }, throws: { error in
            (error as? AWSError)?.code == .invalidRegion
        })
    }

    @Test func credentialsNeverPrintTheSecret() {
        let credentials = AWSCredentials(accessKeyID: "AKID", secretAccessKey: "very-secret", sessionToken: "tok")
        #expect(!credentials.description.contains("very-secret"))
        #expect(!credentials.description.contains("tok\""))
        #expect(credentials.description.contains("AKID"))
    }
}

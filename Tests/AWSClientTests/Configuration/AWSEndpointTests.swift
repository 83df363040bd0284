import AWSClient
import Testing

@Suite struct AWSEndpointTests {
    @Test func parsesALoopbackURL() throws {
        let endpoint = try #require(AWSEndpoint(url: "http://127.0.0.1:3001"))
        #expect(endpoint.scheme == "http")
        #expect(endpoint.host == "127.0.0.1")
        #expect(endpoint.port == 3001)
        #expect(endpoint.path == "/")
        #expect(endpoint.hostHeader == "127.0.0.1:3001")
    }

    @Test func aDefaultPortIsLeftOutOfTheHostHeader() throws {
        #expect(AWSEndpoint(url: "https://dynamodb.us-east-1.amazonaws.com:443")?.hostHeader
            == "dynamodb.us-east-1.amazonaws.com")
        #expect(AWSEndpoint(url: "HTTP://example.com:80/")?.hostHeader == "example.com")
        #expect(AWSEndpoint(url: "http://example.com:443/")?.hostHeader == "example.com:443")
    }

    @Test func keepsAPathAndIPv6Brackets() throws {
        let endpoint = try #require(AWSEndpoint(url: "http://[::1]:4566/dynamo/"))
        #expect(endpoint.host == "[::1]")
        #expect(endpoint.port == 4566)
        #expect(endpoint.path == "/dynamo/")
        #expect(endpoint.url == "http://[::1]:4566/dynamo/")
    }

    @Test(arguments: ["", "127.0.0.1:3001", "http:///x", "http://host:0", "http://host:port", "http://[::1", "https://user@host"])
    func refusesWhatIsNotAnHTTPURL(url: String) {
        #expect(AWSEndpoint(url: url) == nil)
    }
}

/// A region that could never be valid does not crash endpoint resolution.
@Suite struct RegionalEndpointRobustnessTests {
    @Test func aMalformedRegionStillGivesAnEndpoint() {
        let endpoint = AWSEndpoint.regional(.dynamoDB, region: "us east 1/../\u{0}")
        #expect(endpoint.url == "https://dynamodb.useast1.amazonaws.com/")
        #expect(AWSEndpoint.regional(.dynamoDB, region: "").url == "https://dynamodb.amazonaws.com/")
    }
}

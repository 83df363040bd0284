import LocalAPIGateway
import SAMTemplate
import Testing
@testable import LambdaLocal

/// The route list start-api prints must show every route whole, aligned, with a URL that works.
@Suite struct RouteListingTests {
    @Test func longPathsAreShownWholeAndTheColumnsAligned() throws {
        let apis = try LocalAPIs(template: SAMTemplate.parse(yaml: """
            Resources:
              Requests:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    One: {Type: HttpApi, Properties: {Path: "/stores/{storeId}/requests/{requestId}/attachments/{name}", Method: DELETE}}
                    Two: {Type: HttpApi, Properties: {Path: /health, Method: get}}
              Fallback:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Rest: {Type: HttpApi}
            """))
        let lines = RouteListing.lines(for: apis.routes, base: "http://127.0.0.1:3000")
        #expect(lines.count == 3)
        let long = try #require(lines.first { $0.hasPrefix("DELETE ") })
        #expect(long.contains(" http://127.0.0.1:3000/stores/{storeId}/requests/{requestId}/attachments/{name} -> Requests"))
        let short = try #require(lines.first { $0.hasPrefix("GET ") })
        #expect(short.hasPrefix("GET    http://127.0.0.1:3000/health "))
        #expect(short.hasSuffix(" -> Requests"))
        let fallback = try #require(lines.first { $0.contains("Fallback") })
        #expect(fallback.contains("http://127.0.0.1:3000/*"))
        #expect(fallback.contains("$default"))
        // Every line's arrow stands in the same column.
        #expect(Set(lines.map { $0.distance(from: $0.startIndex, to: $0.range(of: " -> ")!.lowerBound) }).count == 1)
    }
}

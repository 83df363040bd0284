import CoinVolatility
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `GET /metrics/stddev` (the ranking, paginated) and `GET /metrics/stddev/{pair}`.
struct MetricsRoutes: Sendable {
    let reader: MetricsReader

    static let defaultLimit = 25
    static let limits = 1...100

    func answer(_ request: APIGatewayV2Request) async throws -> APIGatewayV2Response {
        guard request.requestContext.http.method == "GET" else {
            throw APIProblem(status: 405, message: "only GET is served here")
        }
        if let pairText = request.pathParameters["pair"] {
            return try await pair(pairText)
        }
        return try await ranking(request.queryStringParameters)
    }

    private func pair(_ text: String) async throws -> APIGatewayV2Response {
        guard let pair = CoinPair(text) else {
            throw APIProblem.badRequest("\"\(text)\" is not a pair: write it as BTC-USD (symbol, a hyphen, the currency)")
        }
        guard let metrics = try await reader.metrics(for: pair) else {
            throw APIProblem.notFound("\(pair) has no samples in the last 24 hours")
        }
        return try APIReply.json(metrics)
    }

    private func ranking(_ query: [String: String]) async throws -> APIGatewayV2Response {
        var limit = Self.defaultLimit
        if let text = query["limit"] {
            guard let value = Int(text), Self.limits.contains(value) else {
                throw APIProblem.badRequest(
                    "limit must be an integer from \(Self.limits.lowerBound) to \(Self.limits.upperBound), got \"\(text)\"")
            }
            limit = value
        }
        var cursor: MetricsCursor?
        if let text = query["cursor"] {
            guard let decoded = MetricsCursor(text: text) else {
                throw APIProblem.badRequest("cursor is not one this API handed out; pass the cursor of the previous page as it was")
            }
            cursor = decoded
        }
        let page = try await reader.ranking(limit: limit, after: cursor)
        let latest = try await reader.latestUpdate()
        return try APIReply.json(MetricsListAnswer(
            pairs: page.pairs, cursor: page.next?.text,
            latestUpdate: latest.map {
                LatestUpdateAnswer(
                    sampledAt: Date(timeIntervalSince1970: Double($0.sampledAt)).formatted(Date.ISO8601FormatStyle()),
                    pairs: $0.pairCount)
            }))
    }
}

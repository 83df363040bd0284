#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the gateway works out once about a request, for routing, authorizers and events alike.
struct RequestFacts: Sendable {
    let client: ClientRequest
    /// The method in upper case.
    let method: String
    /// The path split for matching; `nil` when no route can match it.
    let path: RequestPath?
    let query: QueryParameters
    let requestID: String
    let secondsSince1970: Double
    let epochMilliseconds: Int64
    /// `21/Nov/2026:17:05:56 +0000`.
    let time: String
    /// The client's headers plus those API Gateway adds on the way: `X-Forwarded-For` (the
    /// client's address appended) and `X-Forwarded-Proto`.
    let forwardedHeaders: [HTTPHeader]

    init(_ client: ClientRequest, requestID: String, now: Date) {
        self.client = client
        self.method = client.method.uppercased()
        self.path = RequestPath(client.path)
        self.query = QueryParameters(raw: client.rawQueryString)
        self.requestID = requestID
        let seconds = now.timeIntervalSince1970
        self.secondsSince1970 = seconds
        let milliseconds = (seconds * 1_000).rounded(.down)
        self.epochMilliseconds = milliseconds.isFinite && abs(milliseconds) < 9e15 ? Int64(milliseconds) : 0
        self.time = CivilTime(secondsSince1970: epochMilliseconds >= 0 ? epochMilliseconds / 1_000
                                  : (epochMilliseconds - 999) / 1_000).commonLogFormat

        var headers = client.headers
        if let index = headers.firstIndex(where: { $0.name.lowercased() == "x-forwarded-for" }) {
            headers[index].value += ", \(client.sourceIP)"
        } else {
            headers.append(HTTPHeader("X-Forwarded-For", client.sourceIP))
        }
        if !headers.contains("X-Forwarded-Proto") { headers.append(HTTPHeader("X-Forwarded-Proto", "http")) }
        self.forwardedHeaders = headers
    }

    var userAgent: String? { client.headers.value(of: "User-Agent") }
    var contentType: String? { client.headers.value(of: "Content-Type") }
    var origin: String? { client.headers.value(of: "Origin") }

    /// The `Host` the client called, which stands in for the API's domain name.
    var domainName: String {
        let host = client.headers.value(of: "Host")?.trimmingWhitespace() ?? ""
        return host.isEmpty ? "localhost" : host
    }

    /// The first label of the domain name, without a port.
    var domainPrefix: String {
        let host = domainName.split(separator: ":").first.map(String.init) ?? domainName
        return host.split(separator: ".").first.map(String.init) ?? host
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CurlHTTP

extension AWSError {
    /// The error an unsuccessful HTTP answer stands for.
    ///
    /// The code comes from the body's `__type`, else the `x-amzn-ErrorType` header, else the
    /// status (`HTTP503`) for answers that are not AWS JSON, such as a load balancer's page.
    init(response: CurlResponse, service: AWSService) {
        let body = try? JSONDecoder().decode(ServiceErrorBody.self, from: response.body)
        let typeText = body?.type ?? response.headers["x-amzn-ErrorType"]
        let code = typeText.map { ServiceErrorBody.code(fromType: Substring($0)) }.flatMap { $0.isEmpty ? nil : $0 }
        let message = body?.message ?? Self.excerpt(of: response.body) ?? "HTTP \(response.status)"
        self.init(
            kind: .service,
            code: Code(rawValue: code.map(String.init) ?? "HTTP\(response.status)"),
            message: message,
            service: service.signingName,
            statusCode: response.status,
            requestID: Self.requestID(in: response.headers),
            cancellationReasons: body?.cancellationReasons ?? [],
            item: body?.item
        )
    }

    /// A failed transfer: no HTTP answer at all.
    init(connection error: CurlError, service: AWSService) {
        self.init(
            kind: .connection,
            code: .connectionFailed,
            message: error.description,
            service: service.signingName,
            connectionError: error
        )
    }

    /// A successful status whose body is not the promised JSON.
    init(undecodable response: CurlResponse, service: AWSService, reason: String) {
        self.init(
            kind: .invalidResponse,
            code: .invalidResponse,
            message: reason,
            service: service.signingName,
            statusCode: response.status,
            requestID: Self.requestID(in: response.headers)
        )
    }

    static func requestID(in headers: CurlHeaders) -> String? {
        headers["x-amzn-RequestId"] ?? headers["x-amz-request-id"]
    }

    /// The start of a body that is not JSON, so that a proxy's error page still says something.
    private static func excerpt(of body: Data) -> String? {
        guard !body.isEmpty else { return nil }
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        let trimmed = text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}

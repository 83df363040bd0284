import LambdaEvents

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The answers an HTTP API function gives: JSON bodies, and `{"message"}` bodies for problems.
public enum APIReply {
    /// Keys in a stable order, so that answers are easy to compare and to read in logs.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// A JSON answer with `status`.
    public static func json(_ value: some Encodable, status: Int = 200) throws -> APIGatewayV2Response {
        try APIGatewayV2Response(statusCode: status, json: value, encoder: encoder)
    }

    /// `{"message": message}` with `status`; with a request id when one is given, so that a
    /// failure the caller reports can be found in the logs.
    public static func message(_ message: String, status: Int, requestID: String? = nil) -> APIGatewayV2Response {
        let body = MessageBody(message: message, requestId: requestID)
        // Encoding two strings cannot fail; the fallback keeps the signature non-throwing.
        return (try? json(body, status: status))
            ?? APIGatewayV2Response(statusCode: status, text: message)
    }

    /// The answer to a refused request.
    public static func problem(_ problem: APIProblem) -> APIGatewayV2Response {
        message(problem.message, status: problem.status)
    }
}

/// The body of every non-2xx answer.
struct MessageBody: Encodable {
    var message: String
    var requestId: String?
}

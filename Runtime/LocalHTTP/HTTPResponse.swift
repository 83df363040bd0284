import NIOCore
import NIOHTTP1

/// A whole HTTP response.
public struct HTTPResponse: Sendable {
    /// The status.
    public var status: HTTPResponseStatus
    /// The header fields. `content-length` is added when the response is written.
    public var headers: HTTPHeaders
    /// The body.
    public var body: ByteBuffer

    /// Creates a response.
    public init(status: HTTPResponseStatus, headers: HTTPHeaders = [:], body: ByteBuffer = ByteBuffer()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is the given text, labelled with the given content type.
    public init(status: HTTPResponseStatus, contentType: String, body: String) {
        self.init(status: status, headers: ["content-type": contentType], body: ByteBuffer(string: body))
    }

    /// A JSON response from already-encoded JSON text.
    public static func json(_ status: HTTPResponseStatus, _ json: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var response = HTTPResponse(status: status, contentType: "application/json", body: json)
        response.headers.add(contentsOf: headers)
        return response
    }
}

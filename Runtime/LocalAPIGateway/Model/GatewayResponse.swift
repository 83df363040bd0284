/// The HTTP response the local API Gateway sends to the client.
///
/// The server adds only framing (`Content-Length`, `Date`, `Connection`); everything else is here.
public struct GatewayResponse: Sendable, Hashable {
    /// The status code, such as `200`.
    public var status: Int
    /// The header fields in order, repeats (several `Set-Cookie`) included.
    public var headers: [HTTPHeader]
    /// The body's bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as text, for logs and tests; bytes that are not UTF-8 become U+FFFD.
    public var bodyText: String {
        String(decoding: body, as: UTF8.self)
    }
}

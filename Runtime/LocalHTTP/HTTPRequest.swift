import NIOCore
import NIOHTTP1

/// A whole HTTP request as the local servers see it: head and collected body.
public struct HTTPRequest: Sendable {
    /// The method.
    public var method: HTTPMethod
    /// The request target as sent: path and query string.
    public var uri: String
    /// The header fields.
    public var headers: HTTPHeaders
    /// The collected body; empty when ``bodyExceededLimit`` is set.
    public var body: ByteBuffer
    /// Set when the body was larger than the server's limit. The body was read and dropped, so that the
    /// connection stays usable and the responder can answer with its own 413.
    public var bodyExceededLimit: Bool
    /// The length of the body as received, even when it was dropped.
    public var bodyLength: Int
    /// The peer's address, when known.
    public var remoteAddress: SocketAddress?

    /// Creates a request.
    public init(
        method: HTTPMethod,
        uri: String,
        headers: HTTPHeaders = [:],
        body: ByteBuffer = ByteBuffer(),
        bodyExceededLimit: Bool = false,
        bodyLength: Int? = nil,
        remoteAddress: SocketAddress? = nil
    ) {
        self.method = method
        self.uri = uri
        self.headers = headers
        self.body = body
        self.bodyExceededLimit = bodyExceededLimit
        self.bodyLength = bodyLength ?? body.readableBytes
        self.remoteAddress = remoteAddress
    }

    /// The path part of the target, without the query string.
    public var path: Substring {
        questionMark.map { uri[..<$0] } ?? uri[...]
    }

    /// The query string after `?`, without it; empty when there is none.
    public var query: Substring {
        questionMark.map { uri[uri.utf8.index(after: $0)...] } ?? ""
    }

    /// Searched byte by byte: `?` is ASCII, and a search by characters costs grapheme breaking on
    /// every request.
    private var questionMark: String.Index? {
        uri.utf8.firstIndex(of: UInt8(ascii: "?"))
    }
}

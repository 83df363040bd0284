/// An HTTP request as it reached the local API Gateway, before any routing.
///
/// The server fills it from the wire as is: the path still percent-encoded, headers in order with
/// their repeats, the body as bytes whatever its content type.
public struct ClientRequest: Sendable, Hashable {
    /// The method, such as `GET`.
    public var method: String
    /// The path as sent, percent-encoded, without the query string: `/items/a%20b`.
    public var path: String
    /// The query string as sent, without its `?`, or `""`.
    public var rawQueryString: String
    /// The header fields in the order the client sent them, repeats included.
    public var headers: [HTTPHeader]
    /// The body's bytes; empty when the request has none.
    public var body: [UInt8]
    /// The client's IP address.
    public var sourceIP: String
    /// The request protocol, such as `HTTP/1.1`.
    public var `protocol`: String

    /// Creates a request from its parts.
    public init(
        method: String,
        path: String,
        rawQueryString: String = "",
        headers: [HTTPHeader] = [],
        body: [UInt8] = [],
        sourceIP: String = "127.0.0.1",
        protocol: String = "HTTP/1.1"
    ) {
        self.method = method
        self.path = path
        self.rawQueryString = rawQueryString
        self.headers = headers
        self.body = body
        self.sourceIP = sourceIP
        self.protocol = `protocol`
    }

    /// Creates a request from the request line's target, such as `/items?color=red`: the path is
    /// what comes before the first `?`, the query string what follows it.
    public init(
        method: String,
        target: String,
        headers: [HTTPHeader] = [],
        body: [UInt8] = [],
        sourceIP: String = "127.0.0.1",
        protocol: String = "HTTP/1.1"
    ) {
        let path: Substring
        let query: Substring
        if let mark = target.firstIndex(of: "?") {
            path = target[..<mark]
            query = target[target.index(after: mark)...]
        } else {
            path = Substring(target)
            query = ""
        }
        self.init(method: method, path: String(path), rawQueryString: String(query), headers: headers,
                  body: body, sourceIP: sourceIP, protocol: `protocol`)
    }
}

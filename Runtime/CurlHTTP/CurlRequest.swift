#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One HTTP request to send over a ``CurlConnection``.
public struct CurlRequest: Sendable {
    /// The HTTP method, such as `GET` or `POST`.
    public var method: String
    /// The absolute URL, such as `http://127.0.0.1:9001/2018-06-01/runtime/invocation/next`.
    public var url: String
    /// Header fields to send. libcurl adds `Host`; `Content-Length` is derived from `body`.
    public var headers: [(String, String)]
    /// The body to send, or `nil` for none.
    public var body: Data?
    /// The longest the whole transfer may take, or `nil` to wait as long as it takes.
    public var timeout: Duration?

    /// Creates a request.
    public init(
        method: String = "GET",
        url: String,
        headers: [(String, String)] = [],
        body: Data? = nil,
        timeout: Duration? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

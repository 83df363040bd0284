#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The HTTP response to a ``CurlRequest``: any status, including errors.
public struct CurlResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The response's header fields.
    public var headers: CurlHeaders
    /// The response body, possibly empty.
    public var body: Data

    /// Creates a response from its parts.
    public init(status: Int, headers: CurlHeaders, body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

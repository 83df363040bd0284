#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The parts of an HTTP request that SigV4 signs.
public struct SignableRequest: Sendable {
    /// The HTTP method, such as `POST`.
    public var method: String
    /// The path as written in the request line (already percent-encoded where it needs to be), such as `/`.
    public var path: String
    /// Query parameters as names and values before percent-encoding, in any order.
    public var query: [(name: String, value: String)]
    /// Header fields, names in any case, including `Host`. Repeated names are allowed.
    public var headers: [(name: String, value: String)]
    /// The body; empty for none.
    public var body: Data

    /// Creates a request.
    public init(
        method: String,
        path: String = "/",
        query: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)],
        body: Data = Data()
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The value of the first header with this name, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }
}

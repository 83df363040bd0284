/// Answers requests for an ``HTTPServer``.
///
/// Called once per request, concurrently across connections; a connection's next request waits
/// until its current one is answered (HTTP/1.1 pipelining keeps order).
public protocol HTTPResponder: Sendable {
    /// Answers one request. Cancelled when the client goes away before the answer is ready.
    func respond(to request: HTTPRequest) async -> HTTPResponse
}

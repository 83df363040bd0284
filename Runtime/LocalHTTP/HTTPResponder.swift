import NIOCore
import NIOPosix

/// Answers requests for an ``HTTPServer``.
///
/// Called once per request, concurrently across connections; a connection's next request waits
/// until its current one is answered (HTTP/1.1 pipelining keeps order).
public protocol HTTPResponder: Sendable {
    /// Answers one request. Cancelled when the client goes away before the answer is ready.
    func respond(to request: HTTPRequest) async -> HTTPResponse

    /// Answers without a task when the responder can: completes `promise` now or later (from any
    /// thread) and returns `true`; or returns `false` to have ``respond(to:)`` called instead.
    ///
    /// Starting a task per request costs two thread hops; a responder whose answers come from
    /// in-memory state (or from another request) saves them here. When the client goes away first,
    /// the promise is failed, so the responder can forget it.
    func respondDirectly(to request: HTTPRequest, completing promise: EventLoopPromise<HTTPResponse>) -> Bool
}

extension HTTPResponder {
    /// By default every request goes through ``respond(to:)``.
    public func respondDirectly(to request: HTTPRequest, completing promise: EventLoopPromise<HTTPResponse>) -> Bool {
        false
    }
}

extension HTTPResponder {
    /// The answer ``respondDirectly(to:completing:)`` gives, awaited: for a responder's own
    /// ``respond(to:)`` and other callers without an event loop promise. `nil` when it declines the
    /// request; a bare 500 should the promise fail, which only a closed connection does.
    public func directAnswer(to request: HTTPRequest) async -> HTTPResponse? {
        let promise = MultiThreadedEventLoopGroup.singleton.next().makePromise(of: HTTPResponse.self)
        guard respondDirectly(to: request, completing: promise) else {
            promise.fail(CancellationError())
            return nil
        }
        return (try? await promise.futureResult.get()) ?? HTTPResponse(status: .internalServerError)
    }
}

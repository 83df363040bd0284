import LocalHTTP
import NIOCore

/// Answers with the length of the body it got (`413` when the server marked it over the limit),
/// after `?delay=<ms>` when given: from the connection's event loop, so that a slow answer holds
/// no thread of the shared pool.
struct BodyLengthEcho: HTTPResponder {
    func respond(to request: HTTPRequest) async -> HTTPResponse {
        HTTPResponse(status: .internalServerError)
    }

    func respondDirectly(to request: HTTPRequest, completing promise: EventLoopPromise<HTTPResponse>) -> Bool {
        let answer =
            request.bodyExceededLimit
            ? HTTPResponse(status: .payloadTooLarge, contentType: "text/plain", body: "too large: \(request.bodyLength)")
            : HTTPResponse(status: .ok, contentType: "text/plain", body: "\(request.bodyLength)")
        let delay = request.query.split(separator: "&").first { $0.hasPrefix("delay=") }.flatMap { Int64($0.dropFirst(6)) } ?? 0
        if delay == 0 {
            promise.succeed(answer)
        } else {
            promise.futureResult.eventLoop.scheduleTask(in: .milliseconds(delay)) { promise.succeed(answer) }
        }
        return true
    }

    /// A request to `path` with a body of `bodySize` bytes.
    static func request(_ path: String = "/", bodySize: Int = 0, close: Bool = false) -> String {
        "POST \(path) HTTP/1.1\r\nHost: local\r\nContent-Length: \(bodySize)\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n"
            + String(repeating: "b", count: bodySize)
    }
}

import NIOCore
import NIOHTTP1

/// The answers the server gives itself, before the responder sees a request: to malformed input,
/// to a head too large, to a client too slow. Each is the connection's last: it says so, and the
/// connection closes gracefully once it is written (see ``InputGuard``).
extension HTTPRequestHandler {
    func answerAndClose(rejecting error: HTTPParserError, context: ChannelHandlerContext) {
        let response =
            switch error {
            case .headerOverflow where inputGuard.lines.hasRequestLine(longerThan: maxRequestHeadSize):
                HTTPResponse(
                    status: .uriTooLong, contentType: "text/plain",
                    body: "The request line is longer than \(maxRequestHeadSize) bytes.\n")
            case .headerOverflow:
                HTTPResponse(
                    status: .requestHeaderFieldsTooLarge, contentType: "text/plain",
                    body: "The request head is larger than \(maxRequestHeadSize) bytes.\n")
            default:
                HTTPResponse(status: .badRequest, contentType: "text/plain", body: "Malformed HTTP request (\(error)).\n")
            }
        answerAndClose(response, context: context)
    }

    /// Answers the request in progress and ends the connection; nothing the client sends after is read.
    func answerAndClose(_ response: HTTPResponse, context: ChannelHandlerContext) {
        closing = true
        waitForClient(.nothing, context: context)
        inputGuard.dropInput()
        write(response, version: .http1_1, keepAlive: false, dispatched: false, context: context)
    }
}

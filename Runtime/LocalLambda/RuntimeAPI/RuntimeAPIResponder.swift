import LambdaEvents
import LocalHTTP
import NIOCore
import NIOHTTP1

/// Routes the Runtime API's four calls to the instance's state.
struct RuntimeAPIResponder: HTTPResponder {
    let state: RuntimeAPIStateBox
    /// Where refused answers are reported: a runtime that answers for the wrong attempt has a bug its
    /// developer should see, not only the runtime's own error handling.
    let log: @Sendable (String) -> Void

    private static let prefix = "/2018-06-01/runtime/"
    private static let accepted = HTTPResponse.json(.accepted, #"{"status":"OK"}"#)

    /// Every call is answered on the event loop: from the instance's state at once, or, for a
    /// `/next` with no event yet, when `invoke` hands one over.
    func respondDirectly(to request: HTTPRequest, completing promise: EventLoopPromise<HTTPResponse>) -> Bool {
        // Paths are compared as bytes: they are ASCII, and comparing characters costs more on the
        // path of every invocation.
        if request.method == .GET, request.path.utf8.elementsEqual(Self.nextPath.utf8) {
            let waiterID = state.next { invocation in
                promise.succeed(Self.nextResponse(invocation))
            }
            let state = self.state
            promise.futureResult.whenFailure { _ in state.forgetNext(waiterID) }
        } else {
            promise.succeed(answer(request))
        }
        return true
    }

    /// The same answers for callers without an event loop promise.
    func respond(to request: HTTPRequest) async -> HTTPResponse {
        await directAnswer(to: request) ?? Self.error(.internalServerError, "Runtime.Unknown", "no answer")
    }

    private static let nextPath = prefix + "invocation/next"

    private func answer(_ request: HTTPRequest) -> HTTPResponse {
        let path = request.path
        guard path.utf8.starts(with: Self.prefix.utf8) else { return Self.notFound(path) }
        let parts = path.utf8.dropFirst(Self.prefix.utf8.count)
            .split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .map { Substring($0) }
        switch (request.method, parts.count, parts.first, parts.last) {
        case (.POST, 3, "invocation", "response"):
            return post(request, requestID: String(parts[1])) { .response($0.body) }
        case (.POST, 3, "invocation", "error"):
            return post(request, requestID: String(parts[1])) { request in
                .error(FunctionError(headerType: request.headers.first(name: "Lambda-Runtime-Function-Error-Type"),
                                     body: request.body))
            }
        case (.POST, 2, "init", "error"):
            guard !request.bodyExceededLimit else { return Self.tooLarge(request) }
            let error = FunctionError(
                headerType: request.headers.first(name: "Lambda-Runtime-Function-Error-Type"), body: request.body)
            return state.reportInitError(error)
                ? Self.accepted
                : Self.error(.forbidden, "InvalidStateTransition", "init is already over: an init error can only be reported before the first /next")
        case (_, 2, "invocation", "next"), (_, 3, "invocation", _), (_, 2, "init", "error"):
            return Self.error(.methodNotAllowed, "MethodNotAllowed", "\(request.method) is not allowed on \(path)")
        default:
            return Self.notFound(path)
        }
    }

    private static func nextResponse(_ invocation: InvocationRequest?) -> HTTPResponse {
        guard let invocation else {
            return Self.error(
                .internalServerError, "Runtime.ShuttingDown",
                "the function instance is shutting down: the runtime should exit")
        }
        var headers: HTTPHeaders = [
            "Lambda-Runtime-Aws-Request-Id": invocation.requestID,
            "Lambda-Runtime-Invocation-Id": invocation.invocationID,
            "Lambda-Runtime-Deadline-Ms": String(invocation.deadlineMilliseconds),
            "Lambda-Runtime-Invoked-Function-Arn": invocation.invokedFunctionARN,
            // awslambdaric 4.x crashes on an answer without a content type.
            "Content-Type": invocation.contentType,
        ]
        if let value = invocation.traceID { headers.add(name: "Lambda-Runtime-Trace-Id", value: value) }
        if let value = invocation.clientContext { headers.add(name: "Lambda-Runtime-Client-Context", value: value) }
        if let value = invocation.cognitoIdentity { headers.add(name: "Lambda-Runtime-Cognito-Identity", value: value) }
        if let value = invocation.tenantID { headers.add(name: "Lambda-Runtime-Aws-Tenant-Id", value: value) }
        return HTTPResponse(status: .ok, headers: headers, body: invocation.payload)
    }

    private func post(
        _ request: HTTPRequest,
        requestID: String,
        outcome: (HTTPRequest) -> InvocationOutcome
    ) -> HTTPResponse {
        // A result over the limit ends the invocation at once with Lambda's own error, as Lambda
        // does: the caller does not wait for the deadline, and the runtime, told 413, may go on to
        // `/next` (awslambdaric does) or post an error, which then gets 403.
        let tooLarge = request.bodyExceededLimit
        let invocationID = request.headers.first(name: "Lambda-Runtime-Invocation-Id")
        let verdict = state.answer(
            requestID: requestID, invocationID: invocationID,
            outcome: tooLarge ? .error(.responseSizeTooLarge) : outcome(request))
        switch verdict {
        case .accepted:
            return tooLarge ? Self.tooLarge(request) : Self.accepted
        case .unknownRequestID:
            return Self.error(.badRequest, "InvalidRequestID", "no invocation with request id \(requestID) is in flight")
        case .alreadyAnswered:
            return Self.error(.forbidden, "InvalidStateTransition", "invocation \(requestID) was already answered")
        case .tooLate:
            // Lambda answers a late result 410 Gone: the invocation timed out, its caller has its error.
            log("lambda-local: refused a late answer for request \(requestID) (invocation \(invocationID ?? "not echoed")): it timed out")
            return Self.error(.gone, "InvokeTimeout", "Invoke timeout: invocation \(requestID) timed out before this answer")
        case .wrongInvocationID(let expected):
            log("lambda-local: refused an answer for request \(requestID): it echoed invocation \(invocationID ?? "") but the invocation in flight is \(expected)")
            return Self.error(
                .badRequest, "InvalidRequestID",
                "Invalid request ID: Lambda-Runtime-Invocation-Id \(invocationID ?? "") is not the invocation in flight for request \(requestID)")
        }
    }

    private static func tooLarge(_ request: HTTPRequest) -> HTTPResponse {
        error(
            .payloadTooLarge, "RequestEntityTooLarge",
            "Exceeded maximum allowed payload size (\(RuntimeAPIServer.maxResponseSize) bytes): the body was \(request.bodyLength) bytes")
    }

    private static func notFound(_ path: Substring) -> HTTPResponse {
        error(.notFound, "NotFound", "\(path) is not a Runtime API path")
    }

    static func error(_ status: HTTPResponseStatus, _ type: String, _ message: String) -> HTTPResponse {
        .json(status, #"{"errorMessage":"# + JSONStringLiteral.quote(message) + #","errorType":"# + JSONStringLiteral.quote(type) + "}")
    }
}

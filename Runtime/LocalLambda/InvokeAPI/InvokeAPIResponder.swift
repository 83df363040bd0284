import Foundation
import LocalHTTP
import NIOCore
import NIOHTTP1

/// The Lambda Invoke API (`POST /2015-03-31/functions/{name}/invocations`), so that the AWS CLI,
/// boto3 and the SDKs invoke local functions with nothing changed but `--endpoint-url`.
public struct InvokeAPIResponder: HTTPResponder {
    /// Lambda's limit on a synchronous request payload.
    public static let maxRequestSize = 6_291_456
    /// Lambda's limit on an asynchronous (`Event`) request payload.
    public static let maxEventSize = 1_048_576
    /// Lambda returns the last 4 KB of the invocation's log with `X-Amz-Log-Type: Tail`.
    static let logTailSize = 4_096

    let registry: FunctionRegistry
    let asyncQueue: AsyncInvocationQueue
    let region: String

    /// Creates the responder; `Event` invocations go to `asyncQueue`.
    public init(registry: FunctionRegistry, asyncQueue: AsyncInvocationQueue, region: String) {
        self.registry = registry
        self.asyncQueue = asyncQueue
        self.region = region
    }

    /// Whether a request is for this API, so that one port can also serve other AWS protocols.
    public static func handles(_ request: HTTPRequest) -> Bool {
        request.path.hasPrefix("/2015-03-31/functions/")
    }

    /// What a request asks for, once it has been checked.
    private enum Plan {
        /// An answer known without running anything: an error, or `DryRun`'s 204.
        case answer(HTTPResponse)
        /// `RequestResponse`: run the invocation and answer with its result.
        case invoke(FunctionPool, PoolInvocation)
        /// `Event`: store the invocation, then answer 202.
        case enqueue(AsyncInvocationRequest)
    }

    /// A `RequestResponse` invocation that finds a warm instance runs on callbacks, from this
    /// connection's event loop to the instance's and back, without a task; `Event` invocations are
    /// stored by a task, as storing them may wait for the state file.
    public func respondDirectly(to request: HTTPRequest, completing promise: EventLoopPromise<HTTPResponse>) -> Bool {
        switch plan(for: request) {
        case .answer(let response):
            promise.succeed(response)
        case .invoke(let pool, let invocation):
            let version = pool.configuration.executedVersion(for: invocation.qualifier) ?? "$LATEST"
            pool.invoke(invocation) { promise.succeed(Self.response(for: $0, executedVersion: version)) }
        case .enqueue(let accepted):
            promise.completeWithTask { await enqueue(accepted) }
        }
        return true
    }

    public func respond(to request: HTTPRequest) async -> HTTPResponse {
        await directAnswer(to: request) ?? InvokeAPIError.serviceFailure("the request got no answer").response
    }

    private func enqueue(_ accepted: AsyncInvocationRequest) async -> HTTPResponse {
        do {
            try await asyncQueue.enqueue([accepted])
        } catch {
            return InvokeAPIError.serviceFailure("the invocation could not be queued: \(error)").response
        }
        return HTTPResponse(status: .accepted, headers: ["x-amzn-RequestId": accepted.requestID])
    }

    private func plan(for request: HTTPRequest) -> Plan {
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: false)
        // ["", "2015-03-31", "functions", name, "invocations"]
        guard parts.count == 5, parts[4] == "invocations" else {
            return .answer(InvokeAPIError.unknownOperation(String(request.path)).response)
        }
        guard request.method == .POST else {
            return .answer(InvokeAPIError.methodNotAllowed(request.method.rawValue).response)
        }
        let identifier = FunctionIdentifier(String(parts[3]).removingPercentEncoding ?? String(parts[3]))
        let qualifier: String?
        do {
            qualifier = try identifier.qualifier(query: request.query)
        } catch {
            return .answer(error.response)
        }
        guard let pool = registry.pool(named: identifier.name) else {
            return .answer(InvokeAPIError.functionNotFound(arn(identifier.name, qualifier)).response)
        }
        guard pool.configuration.executedVersion(for: qualifier) != nil else {
            return .answer(InvokeAPIError.functionNotFound(arn(pool.configuration.functionName, qualifier)).response)
        }
        let typeHeader = request.headers.first(name: "X-Amz-Invocation-Type") ?? "RequestResponse"
        guard let type = InvocationType(rawValue: typeHeader) else {
            return .answer(InvokeAPIError.invalidParameter("X-Amz-Invocation-Type must be RequestResponse, Event or DryRun, not \(typeHeader)").response)
        }
        // The port may take larger bodies for other services; Lambda's own limit applies here.
        guard !request.bodyExceededLimit, request.bodyLength <= Self.maxRequestSize else {
            return .answer(InvokeAPIError.requestTooLarge(request.bodyLength).response)
        }
        var payload = request.body
        if payload.readableBytes == 0 {
            payload = ByteBuffer(string: "{}")
        } else if let problem = Self.jsonProblem(payload) {
            return .answer(InvokeAPIError.invalidContent("Could not parse request body into json: \(problem)").response)
        }
        let tenantID = request.headers.first(name: "X-Amz-Tenant-Id")
        if let refusal = pool.configuration.tenantRefusal(tenantID) {
            return .answer(InvokeAPIError.tenant(refusal).response)
        }
        var clientContext: String?
        if let encoded = request.headers.first(name: "X-Amz-Client-Context") {
            guard let data = Data(base64Encoded: encoded) else {
                return .answer(InvokeAPIError.invalidParameter("X-Amz-Client-Context must be base64-encoded JSON").response)
            }
            clientContext = String(decoding: data, as: UTF8.self)
        }
        let invocation = PoolInvocation(
            requestID: RequestID.random(),
            payload: payload,
            traceID: request.headers.first(name: "X-Amzn-Trace-Id"),
            clientContext: clientContext,
            tenantID: tenantID,
            capturesLogs: request.headers.first(name: "X-Amz-Log-Type") == "Tail",
            qualifier: qualifier)

        switch type {
        case .dryRun:
            return .answer(HTTPResponse(status: .noContent, headers: ["x-amzn-RequestId": invocation.requestID]))
        case .event:
            guard request.bodyLength <= Self.maxEventSize else {
                return .answer(InvokeAPIError.eventTooLarge(request.bodyLength).response)
            }
            // Stored before the 202, so that an accepted event survives a crash.
            return .enqueue(AsyncInvocationRequest(
                functionName: pool.configuration.functionName, requestID: invocation.requestID,
                payload: Data(payload.readableBytesView), origin: "Invoke API", tenantID: tenantID))
        case .requestResponse:
            return .invoke(pool, invocation)
        }
    }

    static func response(for result: PoolInvocationResult, executedVersion: String) -> HTTPResponse {
        var headers: HTTPHeaders = [
            "Content-Type": "application/json",
            "X-Amz-Executed-Version": executedVersion,
            "x-amzn-RequestId": result.requestID,
        ]
        if let logs = result.logs {
            let text = logs.joined(separator: "\n") + "\n"
            let tail = Data(text.utf8.suffix(logTailSize))
            headers.add(name: "X-Amz-Log-Result", value: tail.base64EncodedString())
        }
        switch result.outcome {
        case .response(let body):
            return HTTPResponse(status: .ok, headers: headers, body: body)
        case .failure(let error):
            headers.add(name: "X-Amz-Function-Error", value: "Unhandled")
            return HTTPResponse(status: .ok, headers: headers, body: error.body)
        }
    }

    private func arn(_ name: String, _ qualifier: String?) -> String {
        "arn:aws:lambda:\(region):123456789012:function:\(name)" + (qualifier.map { ":" + $0 } ?? "")
    }

    /// Why the payload is not JSON, or `nil` when it is.
    static func jsonProblem(_ payload: ByteBuffer) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(payload.readableBytesView), options: [.fragmentsAllowed])
            return nil
        } catch {
            return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        }
    }
}

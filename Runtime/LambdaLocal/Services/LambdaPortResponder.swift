import LambdaEvents
import LocalDynamoDB
import LocalHTTP
import LocalLambda
import NIOCore
import Synchronization

/// Everything served on the Lambda port: the Invoke API, and the AWS services functions call,
/// told apart by `X-Amz-Target`, as AWS's JSON protocols name their operations there.
struct LambdaPortResponder: HTTPResponder {
    /// The largest request body on this port: BatchWriteItem carries up to 25 items of 400 KB.
    static let maxBodySize = 16 * 1_024 * 1_024

    let dynamoDB: DynamoDBEndpoint
    let streams: DynamoDBStreamsEndpoint
    /// Set once the function pools exist; they need this server's address first.
    let invokeAPI: LateBound<InvokeAPIResponder>
    /// Set with the pools too: its rules invoke them.
    let eventBridge: LateBound<EventBridgeEndpoint>

    /// DynamoDB, the busiest service here, and the Invoke API are answered from the connection's
    /// event loop (see ``DynamoDBEndpoint/respond(to:body:completing:)`` and
    /// `InvokeAPIResponder.respondDirectly`); everything else through a task.
    func respondDirectly(to request: HTTPRequest, completing promise: EventLoopPromise<HTTPResponse>) -> Bool {
        guard let target = request.headers.first(name: "X-Amz-Target") else {
            guard InvokeAPIResponder.handles(request), let invokeAPI = invokeAPI.value else { return false }
            return invokeAPI.respondDirectly(to: request, completing: promise)
        }
        guard !request.bodyExceededLimit, target.hasPrefix(DynamoDBEndpoint.targetPrefix + ".") else { return false }
        dynamoDB.respond(to: target.dropFirst(DynamoDBEndpoint.targetPrefix.count + 1)[...], body: request.body, completing: promise)
        return true
    }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        if let answer = await directAnswer(to: request) { return answer }
        if let target = request.headers.first(name: "X-Amz-Target") {
            guard !request.bodyExceededLimit else {
                return DynamoDBEndpoint.error(
                    status: .payloadTooLarge, type: "com.amazon.coral.service#RequestEntityTooLarge",
                    message: "the request is over \(Self.maxBodySize) bytes")
            }
            let parts = target.split(separator: ".", maxSplits: 1)
            if parts.count == 2, parts[0] == DynamoDBStreamsEndpoint.targetPrefix {
                return await streams.perform(parts[1], body: request.body)
            }
            if parts.count == 2, parts[0] == EventBridgeEndpoint.targetPrefix {
                guard let eventBridge = eventBridge.value else {
                    return EventBridgeEndpoint.error("ServiceUnavailableException", "EventBridge is starting; try again", status: .serviceUnavailable)
                }
                return await eventBridge.perform(parts[1], body: request.body)
            }
            return DynamoDBEndpoint.error(
                status: .badRequest, type: "com.amazon.coral.service#UnknownOperationException",
                message: "lambda-local does not serve \(target)")
        }
        // Named the way both protocols on this port name an error (REST-JSON's header, AWS JSON's
        // __type), so that any SDK reads it; the path is the client's, so it is quoted as JSON.
        let message = "lambda-local serves the Lambda Invoke API and AWS JSON services here, not \(request.path)"
        return .json(
            .notFound,
            #"{"__type":"UnknownOperationException","message":"# + JSONStringLiteral.quote(message) + "}",
            headers: ["X-Amzn-ErrorType": "UnknownOperationException"])
    }
}

/// A value that exists only after the thing that needs it has started.
final class LateBound<Value: Sendable>: Sendable {
    private let storage = Mutex<Value?>(nil)

    var value: Value? { storage.withLock { $0 } }

    func set(_ value: Value) {
        storage.withLock { $0 = value }
    }
}

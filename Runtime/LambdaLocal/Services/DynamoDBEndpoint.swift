import Foundation
import LambdaEvents
import LocalDynamoDB
import LocalHTTP
import NIOCore
import NIOHTTP1

/// DynamoDB's AWS JSON 1.0 protocol in front of the local store: the operation named by
/// `X-Amz-Target: DynamoDB_20120810.<Operation>`, its input decoded from the body, its output or
/// error encoded as DynamoDB sends them.
struct DynamoDBEndpoint: Sendable {
    static let targetPrefix = "DynamoDB_20120810"
    let store: DynamoDBStore

    /// Answers the operation by completing `promise`, from the event loop that owns it: the input
    /// is decoded here, the store runs the operation on its own queue, and the answer is encoded
    /// back on the loop, so a request costs no task and two thread hops.
    func respond(to operation: Substring, body: ByteBuffer, completing promise: EventLoopPromise<HTTPResponse>) {
        switch operation {
        case "CreateTable":
            start(body, promise) { (input: CreateTableInput) throws(DynamoDBServiceError) in
                try .createTable(input, region: store.region, accountID: store.accountID)
            }
        case "DescribeTable": start(body, promise) { (input: TableNameInput) in .describeTable(input) }
        case "DeleteTable": start(body, promise) { (input: TableNameInput) in .deleteTable(input) }
        case "UpdateTable":
            start(body, promise) { (input: UpdateTableInput) throws(DynamoDBServiceError) in try .updateTable(input) }
        case "ListTables": start(body, promise) { (input: ListTablesInput) throws(DynamoDBServiceError) in try .listTables(input) }
        case "UpdateTimeToLive":
            start(body, promise) { (input: UpdateTimeToLiveInput) throws(DynamoDBServiceError) in try .updateTimeToLive(input) }
        case "DescribeTimeToLive": start(body, promise) { (input: TableNameInput) in .describeTimeToLive(input) }
        case "PutItem": start(body, promise) { (input: PutItemInput) in .putItem(input) }
        case "GetItem": start(body, promise) { (input: GetItemInput) in .getItem(input) }
        case "UpdateItem": start(body, promise) { (input: UpdateItemInput) in .updateItem(input) }
        case "DeleteItem": start(body, promise) { (input: DeleteItemInput) in .deleteItem(input) }
        case "Query": start(body, promise) { (input: QueryInput) in .query(input) }
        case "Scan": start(body, promise) { (input: ScanInput) in .scan(input) }
        case "BatchWriteItem": start(body, promise) { (input: BatchWriteItemInput) in .batchWriteItem(input) }
        case "BatchGetItem": start(body, promise) { (input: BatchGetItemInput) in .batchGetItem(input) }
        case "TransactWriteItems": start(body, promise) { (input: TransactWriteItemsInput) in .transactWriteItems(input) }
        case "TransactGetItems": start(body, promise) { (input: TransactGetItemsInput) in .transactGetItems(input) }
        default:
            promise.succeed(Self.error(
                status: .badRequest, type: "com.amazon.coral.service#UnknownOperationException",
                message: "\(operation) is not an operation of DynamoDB that lambda-local serves"))
        }
    }

    /// Decodes the input, starts the operation, encodes its output; every failure becomes the error
    /// a DynamoDB client expects, never a 500 for the client's own mistake.
    private func start<Input: Decodable, Output: Encodable>(
        _ body: ByteBuffer,
        _ promise: EventLoopPromise<HTTPResponse>,
        _ operation: (Input) throws(DynamoDBServiceError) -> StoreOperation<Output>
    ) {
        let input: Input
        do {
            input = try Self.decode(Input.self, from: body)
        } catch {
            promise.succeed(Self.error(
                status: .badRequest, type: "com.amazon.coral.service#SerializationException",
                message: "the request body could not be read: \(JSONText.describe(error))"))
            return
        }
        let work: StoreOperation<Output>
        do {
            work = try operation(input)
        } catch {
            promise.succeed(Self.error(error))
            return
        }
        let eventLoop = promise.futureResult.eventLoop
        store.run(work) { result in
            eventLoop.execute { promise.succeed(Self.response(result)) }
        }
    }

    /// The answer for an operation's outcome.
    private static func response<Output: Encodable>(_ result: Result<Output, DynamoDBServiceError>) -> HTTPResponse {
        do {
            let output = try result.get()
            var buffer = ByteBuffer()
            if let json = (output as? any FastJSONEncodable)?.fastJSON() {
                buffer.writeBytes(json)
            } else {
                buffer.writeBytes(try JSONEncoder().encode(output))
            }
            return HTTPResponse(status: .ok, headers: ["Content-Type": "application/x-amz-json-1.0"], body: buffer)
        } catch let error as DynamoDBServiceError {
            return Self.error(error)
        } catch {
            return Self.error(status: .internalServerError, type: Self.internalErrorType, message: "\(error)")
        }
    }

    /// The request in `body`. The item operations read their bodies directly, which costs a
    /// fraction of `JSONDecoder`; a body they decline (see ``FastJSONDecodable``) and every other
    /// operation go through `JSONDecoder`, whose errors clients see.
    private static func decode<Input: Decodable>(_ type: Input.Type, from body: ByteBuffer) throws -> Input {
        if let fast = Input.self as? any FastJSONDecodable.Type,
           let input = body.withUnsafeReadableBytes({ fast.init(fastJSON: $0) }) as? Input {
            return input
        }
        return try JSONDecoder().decode(Input.self, from: body.readableBytes == 0 ? Data("{}".utf8) : Data(body.readableBytesView))
    }

    /// The `__type` of a failure that is not the client's doing.
    static let internalErrorType = "com.amazonaws.dynamodb.v20120810#InternalServerError"

    static func error(_ error: DynamoDBServiceError) -> HTTPResponse {
        var text = #"{"__type":"# + JSONStringLiteral.quote(error.type) + #","message":"# + JSONStringLiteral.quote(error.message)
        if let reasons = error.cancellationReasons, let json = try? JSONEncoder().encode(reasons) {
            text += #","CancellationReasons":"# + String(decoding: json, as: UTF8.self)
        }
        if let item = error.item, let json = try? JSONEncoder().encode(item) {
            text += #","Item":"# + String(decoding: json, as: UTF8.self)
        }
        text += "}"
        let status: HTTPResponseStatus = error.code == "InternalServerError" ? .internalServerError : .badRequest
        return .json(status, text, headers: ["Content-Type": "application/x-amz-json-1.0"])
    }

    static func error(status: HTTPResponseStatus, type: String, message: String) -> HTTPResponse {
        .json(
            status, #"{"__type":"# + JSONStringLiteral.quote(type) + #","message":"# + JSONStringLiteral.quote(message) + "}",
            headers: ["Content-Type": "application/x-amz-json-1.0"])
    }
}

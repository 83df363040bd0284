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

    func perform(_ operation: Substring, body: ByteBuffer) async -> HTTPResponse {
        let data = Data(body.readableBytesView)
        switch operation {
        case "CreateTable": return await call(data) { (input: CreateTableInput) in try await store.createTable(input) }
        case "DescribeTable": return await call(data) { (input: TableNameInput) in try await store.describeTable(input) }
        case "DeleteTable": return await call(data) { (input: TableNameInput) in try await store.deleteTable(input) }
        case "ListTables": return await call(data) { (input: ListTablesInput) in try await store.listTables(input) }
        case "UpdateTimeToLive": return await call(data) { (input: UpdateTimeToLiveInput) in try await store.updateTimeToLive(input) }
        case "DescribeTimeToLive": return await call(data) { (input: TableNameInput) in try await store.describeTimeToLive(input) }
        case "PutItem": return await call(data) { (input: PutItemInput) in try await store.putItem(input) }
        case "GetItem": return await call(data) { (input: GetItemInput) in try await store.getItem(input) }
        case "UpdateItem": return await call(data) { (input: UpdateItemInput) in try await store.updateItem(input) }
        case "DeleteItem": return await call(data) { (input: DeleteItemInput) in try await store.deleteItem(input) }
        case "Query": return await call(data) { (input: QueryInput) in try await store.query(input) }
        case "Scan": return await call(data) { (input: ScanInput) in try await store.scan(input) }
        case "BatchWriteItem": return await call(data) { (input: BatchWriteItemInput) in try await store.batchWriteItem(input) }
        case "BatchGetItem": return await call(data) { (input: BatchGetItemInput) in try await store.batchGetItem(input) }
        case "TransactWriteItems":
            return await call(data) { (input: TransactWriteItemsInput) in try await store.transactWriteItems(input) }
        case "TransactGetItems":
            return await call(data) { (input: TransactGetItemsInput) in try await store.transactGetItems(input) }
        default:
            return Self.error(
                status: .badRequest, type: "com.amazon.coral.service#UnknownOperationException",
                message: "\(operation) is not an operation of DynamoDB that lambda-local serves")
        }
    }

    /// Decodes the input, runs the operation, encodes the output; every failure becomes the error a
    /// DynamoDB client expects, never a 500 for the client's own mistake.
    private func call<Input: Decodable, Output: Encodable>(
        _ body: Data,
        _ operation: (Input) async throws -> Output
    ) async -> HTTPResponse {
        let input: Input
        do {
            input = try Self.decode(Input.self, from: body)
        } catch {
            return Self.error(
                status: .badRequest, type: "com.amazon.coral.service#SerializationException",
                message: "the request body could not be read: \(JSONText.describe(error))")
        }
        do {
            let output = try await operation(input)
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
    private static func decode<Input: Decodable>(_ type: Input.Type, from body: Data) throws -> Input {
        if let fast = Input.self as? any FastJSONDecodable.Type,
           let input = body.withUnsafeBytes({ fast.init(fastJSON: $0) }) as? Input {
            return input
        }
        return try JSONDecoder().decode(Input.self, from: body.isEmpty ? Data("{}".utf8) : body)
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

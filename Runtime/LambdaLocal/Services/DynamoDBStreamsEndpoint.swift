import Foundation
import LambdaEvents
import LocalDynamoDB
import LocalHTTP
import NIOCore

/// DynamoDB Streams' API (`X-Amz-Target: DynamoDBStreams_20120810.<Operation>`) over the stream
/// records the store writes with every change. Each table's stream has one shard locally; a shard
/// iterator carries the table and the last sequence number read.
struct DynamoDBStreamsEndpoint: Sendable {
    static let targetPrefix = "DynamoDBStreams_20120810"
    static let shardID = "shardId-00000000000000000001-00000001"
    let store: DynamoDBStore

    func perform(_ operation: Substring, body: ByteBuffer) async -> HTTPResponse {
        let input: [String: Any]
        do throws(UnreadableBody) {
            input = try Self.members(of: body)
        } catch {
            return DynamoDBEndpoint.error(
                status: .badRequest, type: "com.amazon.coral.service#SerializationException",
                message: "the request body could not be read: \(error.reason)")
        }
        do {
            switch operation {
            case "ListStreams": return try await respond(listStreams(tableName: input["TableName"] as? String))
            case "DescribeStream": return try await respond(describeStream(arn: try required(input, "StreamArn")))
            case "GetShardIterator": return try await respond(shardIterator(input))
            case "GetRecords": return try await respond(records(input))
            default:
                return DynamoDBEndpoint.error(
                    status: .badRequest, type: "com.amazon.coral.service#UnknownOperationException",
                    message: "\(operation) is not an operation of DynamoDB Streams that lambda-local serves")
            }
        } catch let error as DynamoDBServiceError {
            return DynamoDBEndpoint.error(error)
        } catch {
            return DynamoDBEndpoint.error(status: .internalServerError, type: DynamoDBEndpoint.internalErrorType, message: "\(error)")
        }
    }

    /// The members of the request's JSON object; an empty body is an empty request, as the
    /// DynamoDB endpoint reads it. Anything else that is not a JSON object is refused.
    static func members(of body: ByteBuffer) throws(UnreadableBody) -> [String: Any] {
        guard body.readableBytes > 0 else { return [:] }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(body.readableBytesView), options: [.fragmentsAllowed])
        } catch {
            throw UnreadableBody(reason: JSONText.describe(error))
        }
        guard let members = json as? [String: Any] else { throw UnreadableBody(reason: "the request must be a JSON object") }
        return members
    }

    /// Why a request body is not a request.
    struct UnreadableBody: Error {
        let reason: String
    }

    private func listStreams(tableName: String?) async throws -> [String: Any] {
        var streams: [[String: Any]] = []
        let names: [String]
        if let tableName {
            names = [tableName]
        } else {
            names = try await store.listTables().tableNames
        }
        for name in names {
            let table = try await describe(name)
            guard let arn = table["LatestStreamArn"] as? String else { continue }
            streams.append(["StreamArn": arn, "TableName": name, "StreamLabel": table["LatestStreamLabel"] ?? ""])
        }
        return ["Streams": streams]
    }

    private func describeStream(arn: String) async throws -> [String: Any] {
        let (table, name) = try await streamTable(arn)
        let viewType = (table["StreamSpecification"] as? [String: Any])?["StreamViewType"] ?? "NEW_AND_OLD_IMAGES"
        return ["StreamDescription": [
            "StreamArn": arn, "StreamLabel": table["LatestStreamLabel"] ?? "", "StreamStatus": "ENABLED",
            "StreamViewType": viewType, "TableName": name, "KeySchema": table["KeySchema"] ?? [],
            "CreationRequestDateTime": table["CreationDateTime"] ?? 0,
            "Shards": [["ShardId": Self.shardID, "SequenceNumberRange": ["StartingSequenceNumber": "000000000000000000001"]]],
        ] as [String: Any]]
    }

    private func shardIterator(_ input: [String: Any]) async throws -> [String: Any] {
        let arn = try required(input, "StreamArn")
        let (_, name) = try await streamTable(arn)
        guard (input["ShardId"] as? String) == Self.shardID else {
            throw DynamoDBServiceError(code: "ResourceNotFoundException", message: "Requested resource not found: Shard does not exist")
        }
        let sequence = (input["SequenceNumber"] as? String).flatMap { Int64($0) }
        let after: Int64
        switch try required(input, "ShardIteratorType") {
        case "TRIM_HORIZON": after = 0
        case "LATEST": after = try await store.latestStreamSequenceNumber(tableName: name)
        case "AT_SEQUENCE_NUMBER":
            guard let sequence else { throw invalid("AT_SEQUENCE_NUMBER needs a SequenceNumber") }
            after = sequence - 1
        case "AFTER_SEQUENCE_NUMBER":
            guard let sequence else { throw invalid("AFTER_SEQUENCE_NUMBER needs a SequenceNumber") }
            after = sequence
        case let other:
            throw invalid("ShardIteratorType must be TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER, not \(other)")
        }
        return ["ShardIterator": ShardIterator(streamARN: arn, table: name, after: after).token]
    }

    private func records(_ input: [String: Any]) async throws -> [String: Any] {
        guard let iterator = ShardIterator(token: try required(input, "ShardIterator")) else {
            throw invalid("Invalid ShardIterator")
        }
        let limit = min(max((input["Limit"] as? Int) ?? 1_000, 1), 1_000)
        let stored = try await store.streamRecords(tableName: iterator.table, after: iterator.after, limit: limit)
        let records = stored.map { $0.eventRecord(region: store.region, streamARN: iterator.streamARN) }
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(records))
        var next = iterator
        next.after = stored.last?.sequenceNumber ?? iterator.after
        return ["Records": json, "NextShardIterator": next.token]
    }

    private func streamTable(_ arn: String) async throws -> (table: [String: Any], name: String) {
        // arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>
        let parts = arn.split(separator: "/")
        guard parts.count >= 4, parts[parts.count - 2] == "stream" else { throw invalid("Invalid StreamArn: \(arn)") }
        let name = String(parts[1])
        let table = try await describe(name)
        guard table["LatestStreamArn"] as? String == arn else {
            throw DynamoDBServiceError(code: "ResourceNotFoundException", message: "Requested resource not found: Stream: \(arn) not found")
        }
        return (table, name)
    }

    private func describe(_ name: String) async throws -> [String: Any] {
        let output = try await store.describeTable(TableNameInput(tableName: name))
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(output)) as? [String: Any]
        return object?["Table"] as? [String: Any] ?? [:]
    }

    private func required(_ input: [String: Any], _ member: String) throws -> String {
        guard let value = input[member] as? String, !value.isEmpty else { throw invalid("\(member) is required") }
        return value
    }

    private func invalid(_ message: String) -> DynamoDBServiceError {
        DynamoDBServiceError(code: "ValidationException", message: message)
    }

    private func respond(_ object: [String: Any]) throws -> HTTPResponse {
        var buffer = ByteBuffer()
        buffer.writeBytes(try JSONSerialization.data(withJSONObject: object))
        return HTTPResponse(status: .ok, headers: ["Content-Type": "application/x-amz-json-1.0"], body: buffer)
    }
}

/// Where a reader is in a stream, as an opaque token: the stream, its table and the last record read.
struct ShardIterator {
    var streamARN: String
    var table: String
    var after: Int64

    var token: String {
        Data("\(after)|\(table)|\(streamARN)".utf8).base64EncodedString()
    }

    init(streamARN: String, table: String, after: Int64) {
        self.streamARN = streamARN
        self.table = table
        self.after = after
    }

    init?(token: String) {
        guard let data = Data(base64Encoded: token) else { return nil }
        let fields = String(decoding: data, as: UTF8.self).split(separator: "|", maxSplits: 2).map(String.init)
        guard fields.count == 3, let after = Int64(fields[0]) else { return nil }
        self.init(streamARN: fields[2], table: fields[1], after: after)
    }
}

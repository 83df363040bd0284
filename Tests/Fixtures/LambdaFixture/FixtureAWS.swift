#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import AWSClient
import LambdaEvents
import LambdaRuntime

/// The `aws` handler: what a real function does with DynamoDB and EventBridge, through the standard
/// endpoint variables only. It creates its table when missing, writes with a condition, reads back,
/// and publishes an event.
enum FixtureAWS {
    struct Result: Encodable {
        var written: Bool
        var secondWriteRefused: Bool
        var readBack: String?
        var eventFailures: Int
        var dynamoEndpoint: String
    }

    static func run(table: String, publishes: Bool, context: LambdaContext) async throws -> Data {
        let dynamo = try DynamoDBClient()
        let events = try EventBridgeClient()
        do {
            _ = try await dynamo.createTable(CreateTableRequest(
                tableName: table,
                keySchema: [KeySchemaElement(attributeName: "id", keyType: .hash)],
                attributeDefinitions: [AttributeDefinition(attributeName: "id", attributeType: .string)],
                billingMode: .payPerRequest))
        } catch {
            // Created by an earlier invocation is fine; anything else is not.
            guard error.code == .resourceInUse else { throw error }
        }
        let item: DynamoDBItem = ["id": .string(context.requestID), "note": .string("written by \(context.function.name)")]
        let put = PutItemRequest(tableName: table, item: item, conditionExpression: "attribute_not_exists(id)")
        _ = try await dynamo.putItem(put)
        var refused = false
        do {
            _ = try await dynamo.putItem(put)
        } catch {
            guard error.code == .conditionalCheckFailed else { throw error }
            refused = true
        }
        let read = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["id": .string(context.requestID)]))
        let failures = publishes
            ? try await events.putEvents([
                PutEventsEntry(source: "fixture", detailType: "Written", detail: #"{"id":"\#(context.requestID)"}"#)
            ]).failures.count
            : 0
        let result = Result(
            written: true,
            secondWriteRefused: refused,
            readBack: read.item?["note"]?.stringValue,
            eventFailures: failures,
            dynamoEndpoint: dynamo.endpoint.url)
        return try JSONEncoder().encode(result)
    }
}

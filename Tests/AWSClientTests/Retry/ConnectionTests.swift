import AWSClient
import Foundation
import LambdaEvents
import Testing

/// The client's one connection: kept alive between requests, and shared safely.
@Suite(.blockingIO) struct ConnectionTests {
    @Test func requestsReuseOneKeptAliveConnection() async throws {
        let faults = try FaultServer([], forwardingToMoto: false)
        let dynamo = try TestAWS.dynamoDB(faults.endpoint)
        for index in 0..<5 {
            let got = try await dynamo.getItem(GetItemRequest(tableName: "t", key: ["pk": .string("\(index)")]))
            #expect(got.item == nil)
        }
        let requests = try faults.requests()
        #expect(requests.count == 5)
        #expect(Set(requests.map(\.peerPort)).count == 1)
        #expect(requests.allSatisfy { $0.authorization?.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDTESTING/") == true })
    }

    @Test func oneClientServesConcurrentTasks() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    _ = try await dynamo.updateItem(UpdateItemRequest(
                        tableName: table, key: ["pk": "counter", "sk": "s"], updateExpression: "ADD hits :one",
                        expressionAttributeValues: [":one": 1]))
                }
            }
            try await group.waitForAll()
        }
        let counter = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "counter", "sk": "s"]))
        #expect(counter.item?["hits"] == .number("8"))
    }

    @Test func theEnvironmentAloneConfiguresALocalClient() async throws {
        let endpoint = try Moto.endpoint()
        let environment = [
            "AWS_ACCESS_KEY_ID": "AKIDLOCAL", "AWS_SECRET_ACCESS_KEY": "local", "AWS_SESSION_TOKEN": "session",
            "AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": endpoint.url,
        ]
        let dynamo = try DynamoDBClient(environment: environment)
        #expect(dynamo.endpoint == endpoint)
        let table = try await TestAWS.makeTable(dynamo, sortKey: false)
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "env"]))
        let events = try EventBridgeClient(environment: environment)
        let published = try await events.putEvents([PutEventsEntry(source: "env", detailType: "t", detail: "{}")])
        #expect(published.failedEntryCount == 0)
    }
}

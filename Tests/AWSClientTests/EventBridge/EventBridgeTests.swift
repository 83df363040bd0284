import AWSClient
import Foundation
import Testing

/// PutEvents against moto.
@Suite(.blockingIO) struct EventBridgeTests {
    struct OrderPlaced: Encodable {
        var orderID: String
        var total: Double
    }

    @Test func publishesEventsAndReportsTheirIDs() async throws {
        let events = try TestAWS.eventBridge()
        let entries = try (0..<10).map {
            try PutEventsEntry(
                source: "com.example.orders", detailType: "OrderPlaced", encoding: OrderPlaced(orderID: "o\($0)", total: 9.5),
                resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"], time: Date(timeIntervalSince1970: 1_700_000_000))
        }
        let response = try await events.putEvents(entries)
        #expect(response.failedEntryCount == 0)
        #expect(response.entries.count == 10)
        #expect(response.entries.allSatisfy { $0.eventID?.isEmpty == false && !$0.isFailure })
        #expect(Set(response.entries.compactMap(\.eventID)).count == 10)
    }

    @Test func failedEntriesAreReportedOneByOne() async throws {
        let events = try TestAWS.eventBridge()
        let response = try await events.putEvents([
            PutEventsEntry(source: "s", detailType: "ok", detail: #"{"a":1}"#),
            PutEventsEntry(source: "s", detailType: "bad", detail: "{not json"),
            PutEventsEntry(source: "", detailType: "no source", detail: "{}"),
        ])
        #expect(response.failedEntryCount == 2)
        #expect(response.failures.map(\.index) == [1, 2])
        #expect(response.entries[0].eventID != nil)
        #expect(response.entries[1].errorCode == "MalformedDetail")
        #expect(response.entries[2].errorCode == "InvalidArgument")
        #expect(response.entries[2].errorMessage?.contains("Source") == true)
    }

    @Test(arguments: [0, 11])
    func takesOneToTenEntries(count: Int) async throws {
        let events = try TestAWS.eventBridge()
        let entries = Array(repeating: PutEventsEntry(source: "s", detailType: "d", detail: "{}"), count: count)
        let error = await #expect(throws: AWSError.self) { _ = try await events.putEvents(entries) }
        #expect(error?.kind == .invalidRequest)
    }

    @Test func anUnknownBusIsAServiceError() async throws {
        let events = try TestAWS.eventBridge()
        let error = await #expect(throws: AWSError.self) {
            _ = try await events.putEvents([
                PutEventsEntry(source: "s", detailType: "d", detail: "{}", eventBusName: "no-such-bus-\(UUID())")
            ])
        }
        #expect(error?.kind == .service)
        #expect(error?.code == .resourceNotFound)
        #expect(error?.service == "events")
    }
}

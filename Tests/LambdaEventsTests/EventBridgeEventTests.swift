#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents
import Testing

@Suite("EventBridgeEvent")
struct EventBridgeEventTests {
    struct OrderPlaced: Codable, Sendable, Hashable {
        var orderId: String
        var total: Double
    }

    static let orderPlacedEvent = """
        {
          "version": "0",
          "id": "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
          "detail-type": "Order Placed",
          "source": "com.example.orders",
          "account": "123456789012",
          "time": "2026-11-21T16:37:32Z",
          "region": "eu-west-1",
          "resources": [],
          "detail": {"orderId": "o-42", "total": 19.5}
        }
        """

    static let scheduledEvent = """
        {
          "version": "0",
          "id": "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
          "detail-type": "Scheduled Event",
          "source": "aws.events",
          "account": "123456789012",
          "time": "2026-11-21T16:00:00Z",
          "region": "us-east-1",
          "resources": ["arn:aws:events:us-east-1:123456789012:rule/nightly-report"],
          "detail": {}
        }
        """

    /// 2026-11-21T16:37:32Z.
    static let eventTime = Date(timeIntervalSince1970: 1_795_279_052)

    @Test func decodesATypedDetail() throws {
        let event = try decode(EventBridgeEvent<OrderPlaced>.self, from: Self.orderPlacedEvent)
        #expect(event.version == "0")
        #expect(event.id == "6a7e8feb-b491-4cf7-a9f1-bf3703467718")
        #expect(event.detailType == "Order Placed")
        #expect(event.source == "com.example.orders")
        #expect(event.account == "123456789012")
        #expect(event.time == Self.eventTime)
        #expect(event.region == "eu-west-1")
        #expect(event.resources.isEmpty)
        #expect(event.detail == OrderPlaced(orderId: "o-42", total: 19.5))
        #expect(try roundTripped(event) == event)
    }

    @Test func decodesAGenericDetail() throws {
        let event = try decode(EventBridgeEvent<JSONValue>.self, from: Self.orderPlacedEvent)
        #expect(event.detail["orderId"] == "o-42")
        #expect(event.detail["total"]?.doubleValue == 19.5)
        #expect(try roundTripped(event) == event)
    }

    @Test func encodesHyphenatedKeysAndWholeSecondISO8601Time() throws {
        let event = try decode(EventBridgeEvent<OrderPlaced>.self, from: Self.orderPlacedEvent)
        let wire = try wireJSON(event)
        #expect(wire == (try decode(JSONValue.self, from: Self.orderPlacedEvent)))
        #expect(wire["detail-type"] == "Order Placed")
        #expect(wire["detailType"] == nil)
        #expect(wire["time"] == "2026-11-21T16:37:32Z")
    }

    @Test func ignoresTheEncodersDateStrategy() throws {
        let event = try decode(EventBridgeEvent<OrderPlaced>.self, from: Self.orderPlacedEvent)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        let wire = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(event))
        #expect(wire["time"] == "2026-11-21T16:37:32Z")
    }

    @Test func acceptsFractionalSecondsAndWritesWholeSeconds() throws {
        let json = Self.orderPlacedEvent.replacing("16:37:32Z", with: "16:37:32.250Z")
        let event = try decode(EventBridgeEvent<OrderPlaced>.self, from: json)
        #expect(event.time == Self.eventTime.addingTimeInterval(0.25))
        #expect(try wireJSON(event)["time"] == "2026-11-21T16:37:32Z")
    }

    @Test func rejectsATimeThatIsNotISO8601() {
        let json = Self.orderPlacedEvent.replacing("2026-11-21T16:37:32Z", with: "21/Nov/2026")
        let message = decodingErrorDescription(EventBridgeEvent<OrderPlaced>.self, from: json)
        #expect(message?.contains("21/Nov/2026") == true)
    }

    @Test func decodesAScheduledEvent() throws {
        let event = try decode(ScheduledEvent.self, from: Self.scheduledEvent)
        #expect(event.source == ScheduledEventDetail.source)
        #expect(event.detailType == ScheduledEventDetail.detailType)
        #expect(event.resources == ["arn:aws:events:us-east-1:123456789012:rule/nightly-report"])
        #expect(event.time == Date(timeIntervalSince1970: 1_795_276_800))
        #expect(try roundTripped(event) == event)
        #expect(try wireJSON(event) == (try decode(JSONValue.self, from: Self.scheduledEvent)))
    }

    @Test func buildsTheEventAScheduleDelivers() throws {
        let event = ScheduledEvent(
            id: "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
            account: "123456789012",
            region: "us-east-1",
            time: Date(timeIntervalSince1970: 1_795_276_800),
            ruleARN: "arn:aws:events:us-east-1:123456789012:rule/nightly-report"
        )
        #expect(event == (try decode(ScheduledEvent.self, from: Self.scheduledEvent)))
    }
}

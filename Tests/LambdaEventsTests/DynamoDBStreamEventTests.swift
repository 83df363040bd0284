#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents
import Testing

@Suite("DynamoDBStreamEvent")
struct DynamoDBStreamEventTests {
    /// An insert, a modify, and a TTL removal from a `NEW_AND_OLD_IMAGES` stream.
    static let event = """
        {
          "Records": [
            {
              "eventID": "c4ca4238a0b923820dcc509a6f75849b",
              "eventName": "INSERT",
              "eventVersion": "1.1",
              "eventSource": "aws:dynamodb",
              "awsRegion": "eu-west-1",
              "dynamodb": {
                "ApproximateCreationDateTime": 1795279052,
                "Keys": {"pk": {"S": "order#42"}, "sk": {"N": "1"}},
                "NewImage": {"pk": {"S": "order#42"}, "sk": {"N": "1"}, "total": {"N": "19.50"}},
                "SequenceNumber": "4421584500000000017450439091",
                "SizeBytes": 59,
                "StreamViewType": "NEW_AND_OLD_IMAGES"
              },
              "eventSourceARN": "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2026-11-21T00:00:00.000"
            },
            {
              "eventID": "c81e728d9d4c2f636f067f89cc14862c",
              "eventName": "MODIFY",
              "eventVersion": "1.1",
              "eventSource": "aws:dynamodb",
              "awsRegion": "eu-west-1",
              "dynamodb": {
                "ApproximateCreationDateTime": 1795279053.5,
                "Keys": {"pk": {"S": "order#42"}, "sk": {"N": "1"}},
                "NewImage": {"pk": {"S": "order#42"}, "sk": {"N": "1"}, "total": {"N": "21.00"}},
                "OldImage": {"pk": {"S": "order#42"}, "sk": {"N": "1"}, "total": {"N": "19.50"}},
                "SequenceNumber": "4421584600000000017450439092",
                "SizeBytes": 92,
                "StreamViewType": "NEW_AND_OLD_IMAGES"
              },
              "eventSourceARN": "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2026-11-21T00:00:00.000"
            },
            {
              "eventID": "eccbc87e4b5ce2fe28308fd9f2a7baf3",
              "eventName": "REMOVE",
              "eventVersion": "1.1",
              "eventSource": "aws:dynamodb",
              "awsRegion": "eu-west-1",
              "userIdentity": {"type": "Service", "principalId": "dynamodb.amazonaws.com"},
              "dynamodb": {
                "ApproximateCreationDateTime": 1795279054,
                "Keys": {"pk": {"S": "order#42"}, "sk": {"N": "1"}},
                "OldImage": {"pk": {"S": "order#42"}, "sk": {"N": "1"}, "total": {"N": "21.00"}},
                "SequenceNumber": "4421584700000000017450439093",
                "SizeBytes": 58,
                "StreamViewType": "NEW_AND_OLD_IMAGES"
              },
              "eventSourceARN": "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2026-11-21T00:00:00.000"
            }
          ]
        }
        """

    @Test func decodesInsertModifyAndTTLRemove() throws {
        let event = try decode(DynamoDBStreamEvent.self, from: Self.event)
        #expect(event.records.map(\.eventName) == [.insert, .modify, .remove])

        let insert = event.records[0]
        #expect(insert.eventID == "c4ca4238a0b923820dcc509a6f75849b")
        #expect(insert.eventVersion == "1.1")
        #expect(insert.eventSource == "aws:dynamodb")
        #expect(insert.awsRegion == "eu-west-1")
        #expect(insert.eventSourceARN.hasSuffix("table/Orders/stream/2026-11-21T00:00:00.000"))
        #expect(insert.userIdentity == nil)
        #expect(insert.dynamodb.approximateCreationDateTime == 1_795_279_052)
        #expect(insert.dynamodb.approximateCreationDate == Date(timeIntervalSince1970: 1_795_279_052))
        #expect(insert.dynamodb.keys == ["pk": "order#42", "sk": 1])
        #expect(insert.dynamodb.newImage?["total"]?.numberText == "19.50")
        #expect(insert.dynamodb.oldImage == nil)
        #expect(insert.dynamodb.sequenceNumber == "4421584500000000017450439091")
        #expect(insert.dynamodb.sizeBytes == 59)
        #expect(insert.dynamodb.streamViewType == .newAndOldImages)

        let modify = event.records[1]
        #expect(modify.dynamodb.approximateCreationDateTime == 1_795_279_053.5)
        #expect(modify.dynamodb.oldImage?["total"] == .number("19.50"))
        #expect(modify.dynamodb.newImage?["total"] == .number("21.00"))

        let remove = event.records[2]
        #expect(remove.userIdentity == .timeToLive)
        #expect(remove.userIdentity?.principalId == "dynamodb.amazonaws.com")
        #expect(remove.dynamodb.newImage == nil)
    }

    @Test func roundTripsWithDynamoDBsKeyCasing() throws {
        let event = try decode(DynamoDBStreamEvent.self, from: Self.event)
        #expect(try roundTripped(event) == event)
        #expect(try wireJSON(event) == (try decode(JSONValue.self, from: Self.event)))
    }

    @Test func keepsAnEventNameItDoesNotKnow() throws {
        let json = Self.event.replacing(#""eventName": "INSERT""#, with: #""eventName": "UPSERT""#)
        let event = try decode(DynamoDBStreamEvent.self, from: json)
        #expect(event.records[0].eventName == DynamoDBStreamEvent.EventName(rawValue: "UPSERT"))
        #expect(try wireJSON(event)["Records"]?[0]?["eventName"] == "UPSERT")
    }

    @Test func buildsARecordTheWayTheEmulatorWould() throws {
        let record = DynamoDBStreamEvent.Record(
            eventID: "1",
            eventName: .insert,
            awsRegion: "us-east-1",
            eventSourceARN: "arn:aws:dynamodb:us-east-1:000000000000:table/T/stream/2026-01-01T00:00:00.000",
            dynamodb: .init(
                approximateCreationDateTime: 1_795_279_052,
                keys: ["pk": "a"],
                newImage: ["pk": "a", "n": .number("0.10")],
                sequenceNumber: "100",
                sizeBytes: 12,
                streamViewType: .newImage
            )
        )
        let wire = try wireJSON(DynamoDBStreamEvent(records: [record]))
        let first = try #require(wire["Records"]?[0])
        #expect(first["eventVersion"] == "1.1")
        #expect(first["eventSource"] == "aws:dynamodb")
        #expect(first["userIdentity"] == nil)
        #expect(first["dynamodb"]?["NewImage"]?["n"] == ["N": "0.10"])
        #expect(first["dynamodb"]?["StreamViewType"] == "NEW_IMAGE")
        #expect(first["dynamodb"]?["OldImage"] == nil)
    }
}

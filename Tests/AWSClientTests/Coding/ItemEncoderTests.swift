import AWSClient
import Foundation
import LambdaEvents
import Testing

@Suite struct ItemEncoderTests {
    struct Address: Codable, Equatable {
        var street: String
        var zip: String?
    }

    enum Status: String, Codable {
        case open, closed
    }

    struct Order: Codable, Equatable {
        var pk: String
        var count: Int
        var price: Double
        var total: Decimal
        var big: DynamoDBNumber
        var paid: Bool
        var note: String?
        var status: Status
        var tags: Set<String>
        var sizes: Set<Int>
        var lines: [String]
        var address: Address
        var extra: [String: Int]
        var blob: Data
    }

    let order = Order(
        pk: "o#1", count: -42, price: 0.1, total: Decimal(string: "12.50")!,
        big: DynamoDBNumber("12345678901234567890123456789012345678")!, paid: true, note: nil, status: .open,
        tags: ["b", "a"], sizes: [10, 2], lines: ["x", "y"], address: Address(street: "Main", zip: nil),
        extra: ["k": 1], blob: Data([0, 1, 2]))

    @Test func encodesEveryKindOfValue() throws {
        let item = try DynamoDBItemEncoder().encode(order)
        #expect(item["pk"] == .string("o#1"))
        #expect(item["count"] == .number("-42"))
        #expect(item["price"] == .number("0.1"))
        #expect(item["total"] == .number("12.5"))
        #expect(item["big"] == .number("12345678901234567890123456789012345678"))
        #expect(item["paid"] == .bool(true))
        #expect(item["note"] == nil)
        #expect(item["status"] == .string("open"))
        #expect(item["tags"] == .stringSet(["a", "b"]))
        #expect(item["sizes"] == .numberSet(["10", "2"]))
        #expect(item["lines"] == .list(["x", "y"]))
        #expect(item["address"] == .map(["street": "Main"]))
        #expect(item["extra"] == .map(["k": .number("1")]))
        #expect(item["blob"] == .binary(Data([0, 1, 2])))
    }

    @Test func roundTripsThroughTheDecoder() throws {
        let item = try DynamoDBItemEncoder().encode(order)
        #expect(try DynamoDBItemDecoder().decode(Order.self, from: item) == order)
    }

    @Test func roundTripsThroughDynamoDBJSON() throws {
        let item = try DynamoDBItemEncoder().encode(order)
        let json = try JSONEncoder().encode(item)
        let back = try JSONDecoder().decode(DynamoDBItem.self, from: json)
        #expect(try DynamoDBItemDecoder().decode(Order.self, from: back) == order)
    }

    @Test func wholeDoublesAreWrittenAsIntegers() throws {
        #expect(try DynamoDBItemEncoder().encodeAttribute(3.0) == .number("3"))
        #expect(try DynamoDBItemEncoder().encodeAttribute(1e21) == .number("1e+21"))
        #expect(try DynamoDBItemEncoder().encodeAttribute(Float(0.1)) == .number("0.1"))
    }

    @Test func infinityCannotBeStored() {
        #expect(throws: EncodingError.self) { try DynamoDBItemEncoder().encodeAttribute(Double.infinity) }
        #expect(throws: EncodingError.self) { try DynamoDBItemEncoder().encodeAttribute(["x": Double.nan]) }
    }

    @Test func anEmptySetIsLeftOutAndReadsBackEmpty() throws {
        struct Tagged: Codable, Equatable {
            var id: String
            var tags: Set<String>
        }
        let item = try DynamoDBItemEncoder().encode(Tagged(id: "1", tags: []))
        #expect(item == ["id": "1"])
        #expect(try DynamoDBItemDecoder().decode(Tagged.self, from: item) == Tagged(id: "1", tags: []))
    }

    @Test func attributeValuesPassThroughUnchanged() throws {
        struct Raw: Codable, Equatable {
            var value: AttributeValue
            var item: DynamoDBItem
        }
        let raw = Raw(value: .numberSet(["1.50"]), item: ["nested": .null])
        let item = try DynamoDBItemEncoder().encode(raw)
        #expect(item == ["value": .numberSet(["1.50"]), "item": .map(["nested": .null])])
        #expect(try DynamoDBItemDecoder().decode(Raw.self, from: item) == raw)
    }

    @Test func anExplicitNilIsNull() throws {
        struct Explicit: Encodable {
            var gone: String?
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(gone, forKey: .gone)
            }
            enum CodingKeys: CodingKey { case gone }
        }
        #expect(try DynamoDBItemEncoder().encode(Explicit(gone: nil)) == ["gone": .null])
    }

    @Test func anItemMustBeAMap() {
        #expect(throws: EncodingError.self) { try DynamoDBItemEncoder().encode([1, 2]) }
        #expect(throws: EncodingError.self) { try DynamoDBItemEncoder().encode("text") }
    }

    @Test func datesFollowTheStrategy() throws {
        struct Event: Codable, Equatable { var at: Date }
        let event = Event(at: Date(timeIntervalSince1970: 1_714_564_800.25))
        let iso = try DynamoDBItemEncoder().encode(event)
        #expect(iso["at"] == .string("2024-05-01T12:00:00.250Z"))
        #expect(try DynamoDBItemDecoder().decode(Event.self, from: iso) == event)
        #expect(try DynamoDBItemDecoder().decode(Event.self, from: ["at": "2024-05-01T12:00:00Z"]).at
            == Date(timeIntervalSince1970: 1_714_564_800))

        let seconds = try DynamoDBItemEncoder(dateEncodingStrategy: .secondsSince1970).encode(event)
        #expect(seconds["at"] == .number("1714564800.25"))
        let decoder = DynamoDBItemDecoder(dateDecodingStrategy: .secondsSince1970)
        #expect(try decoder.decode(Event.self, from: seconds) == event)
    }
}

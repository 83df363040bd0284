#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents
import Testing

@Suite("JSONValue")
struct JSONValueTests {
    let sample = """
        {"name":"Ada","age":36,"ratio":0.25,"admin":false,"tags":["a","b"],"manager":null,
         "nested":{"deep":[1,{"x":true}]}}
        """

    @Test func decodesEveryKindOfValue() throws {
        let value = try decode(JSONValue.self, from: sample)
        #expect(value["name"]?.stringValue == "Ada")
        #expect(value["age"]?.doubleValue == 36)
        #expect(value["age"]?.intValue == 36)
        #expect(value["ratio"]?.doubleValue == 0.25)
        #expect(value["ratio"]?.intValue == nil)
        #expect(value["admin"]?.boolValue == false)
        #expect(value["tags"]?.arrayValue == ["a", "b"])
        #expect(value["manager"]?.isNull == true)
        #expect(value["nested"]?["deep"]?[1]?["x"]?.boolValue == true)
        #expect(value["missing"] == nil)
        #expect(value["tags"]?[2] == nil)
        #expect(value["tags"]?[-1] == nil)
        #expect(value.objectValue?.count == 7)
    }

    @Test func boolsStayBoolsAndNumbersStayNumbers() throws {
        let value = try decode(JSONValue.self, from: "[true, 1, 0, false, \"1\"]")
        #expect(value == [true, 1, 0, false, "1"])
        #expect(value[0]?.doubleValue == nil)
        #expect(value[1]?.boolValue == nil)
    }

    @Test func roundTripsThroughJSON() throws {
        let value = try decode(JSONValue.self, from: sample)
        #expect(try roundTripped(value) == value)
    }

    @Test func literalsBuildTheSameTreeAsDecoding() throws {
        let built: JSONValue = [
            "name": "Ada", "age": 36, "ratio": 0.25, "admin": false, "tags": ["a", "b"], "manager": nil,
            "nested": ["deep": [1, ["x": true]]],
        ]
        #expect(built == (try decode(JSONValue.self, from: sample)))
    }

    @Test func integersWithinDoublePrecisionEncodeWithoutAFraction() throws {
        let data = try JSONEncoder().encode(JSONValue.array([42, 1_700_000_000_000, -7]))
        #expect(String(decoding: data, as: UTF8.self) == "[42,1700000000000,-7]")
    }

    @Test func scalarTopLevelValuesDecode() throws {
        #expect(try decode(JSONValue.self, from: "null") == .null)
        #expect(try decode(JSONValue.self, from: "\"text\"") == .string("text"))
        #expect(try decode(JSONValue.self, from: "-1.5e3") == .number(-1500))
    }

    @Test func convertsToAndFromTypedValues() throws {
        struct Order: Codable, Equatable {
            var id: String
            var quantity: Int
        }
        let order = Order(id: "o-1", quantity: 3)
        let value = try JSONValue(encoding: order)
        #expect(value == ["id": "o-1", "quantity": 3])
        #expect(try value.decode(as: Order.self) == order)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents
import Testing

@Suite("AttributeValue")
struct AttributeValueTests {
    /// Every case, each next to the DynamoDB JSON it stands for.
    static let wireForms: [(AttributeValue, String)] = [
        (.string("hello"), #"{"S":"hello"}"#),
        (.number("1.50"), #"{"N":"1.50"}"#),
        (.binary(Data([0xDE, 0xAD, 0xBE, 0xEF])), #"{"B":"3q2+7w=="}"#),
        (.stringSet(["red", "green"]), #"{"SS":["red","green"]}"#),
        (.numberSet(["1", "2.50", "-3e10"]), #"{"NS":["1","2.50","-3e10"]}"#),
        (.binarySet([Data("a".utf8), Data("bc".utf8)]), #"{"BS":["YQ==","YmM="]}"#),
        (.map(["id": .string("a")]), #"{"M":{"id":{"S":"a"}}}"#),
        (.list([.string("a"), .number("2")]), #"{"L":[{"S":"a"},{"N":"2"}]}"#),
        (.null, #"{"NULL":true}"#),
        (.bool(false), #"{"BOOL":false}"#),
    ]

    @Test(arguments: wireForms)
    func everyCaseDecodesAndEncodesAsDynamoDBJSON(value: AttributeValue, json: String) throws {
        #expect(try decode(AttributeValue.self, from: json) == value)
        #expect(String(decoding: try JSONEncoder().encode(value), as: UTF8.self) == json)
        #expect(try roundTripped(value) == value)
    }

    @Test func keepsTheExactNumberText() throws {
        let thirtyEightDigits = "12345678901234567890123456789012345678"
        let item = try decode(
            DynamoDBItem.self,
            from: #"{"price":{"N":"1.50"},"big":{"N":"\#(thirtyEightDigits)"},"tiny":{"N":"0.000000000000000000000000000000000001"}}"#
        )
        #expect(item["price"]?.numberText == "1.50")
        #expect(item["big"]?.numberText == thirtyEightDigits)
        #expect(item["tiny"]?.numberText == "0.000000000000000000000000000000000001")
        let wire = String(decoding: try JSONEncoder().encode(item["big"]), as: UTF8.self)
        #expect(wire == #"{"N":"\#(thirtyEightDigits)"}"#)
        #expect(try roundTripped(item) == item)
    }

    @Test func binaryIgnoresTheEncodersDataStrategy() throws {
        let encoder = JSONEncoder()
        encoder.dataEncodingStrategy = .deferredToData
        let data = try encoder.encode(AttributeValue.binary(Data([1, 2, 3])))
        #expect(String(decoding: data, as: UTF8.self) == #"{"B":"AQID"}"#)
    }

    @Test func nestedMapsAndListsRoundTrip() throws {
        let json = """
            {"M":{"customer":{"M":{"name":{"S":"Ada"},"tags":{"SS":["vip"]}}},
                  "lines":{"L":[{"M":{"sku":{"S":"A-1"},"qty":{"N":"2"}}},{"L":[{"NULL":true},{"BOOL":true}]}]},
                  "blob":{"B":"AAE="}}}
            """
        let value = try decode(AttributeValue.self, from: json)
        let expected: AttributeValue = [
            "customer": ["name": "Ada", "tags": .stringSet(["vip"])],
            "lines": [["sku": "A-1", "qty": 2], [nil, true]],
            "blob": .binary(Data([0, 1])),
        ]
        #expect(value == expected)
        #expect(value["customer"]?["name"]?.stringValue == "Ada")
        #expect(value["lines"]?[1]?[0]?.isNull == true)
        #expect(value["lines"]?[0]?["qty"]?.numberText == "2")
        #expect(value["lines"]?[5] == nil)
        #expect(value.dataType == .map)
        #expect(try roundTripped(value) == value)
        #expect(try wireJSON(value) == (try decode(JSONValue.self, from: json)))
    }

    @Test func rejectsTwoTypeKeysAndNamesThem() {
        let message = decodingErrorDescription(AttributeValue.self, from: #"{"S":"1","N":"1"}"#)
        #expect(message == "AttributeValue must have exactly one type key, found 2: N, S")
    }

    @Test func rejectsAnObjectWithoutTypeKey() {
        let message = decodingErrorDescription(AttributeValue.self, from: "{}")
        #expect(message == "AttributeValue must have exactly one type key, found 0")
    }

    @Test func rejectsAnUnknownTypeKey() throws {
        let message = try #require(decodingErrorDescription(AttributeValue.self, from: #"{"X":"1"}"#))
        #expect(message.hasPrefix(#"AttributeValue has unknown type key "X""#))
    }

    @Test func rejectsNullFalse() {
        #expect(decodingErrorDescription(AttributeValue.self, from: #"{"NULL":false}"#) == "AttributeValue NULL must be true")
    }

    @Test func rejectsBinaryThatIsNotBase64() {
        #expect(decodingErrorDescription(AttributeValue.self, from: #"{"B":"%%%"}"#) == "AttributeValue B is not valid base64")
        #expect(decodingErrorDescription(AttributeValue.self, from: #"{"BS":["AQID","%%%"]}"#) == "AttributeValue BS is not valid base64")
    }

    @Test func rejectsAValueOfTheWrongJSONType() {
        #expect(decodingErrorDescription(AttributeValue.self, from: #"{"N":1.5}"#) != nil)
        #expect(decodingErrorDescription(AttributeValue.self, from: #""plain""#) != nil)
    }

    @Test func reportsWhereInTheItemTheBadValueIs() {
        do {
            _ = try decode(DynamoDBItem.self, from: #"{"pk":{"S":"a"},"meta":{"M":{"x":{"S":"1","BOOL":true}}}}"#)
            Issue.record("decoding should have failed")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.map(\.stringValue) == ["meta", "M", "x"])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func accessorsAnswerOnlyForTheirOwnType() {
        let number: AttributeValue = 7
        #expect(number.numberText == "7")
        #expect(number.stringValue == nil)
        #expect(number.dataType == .number)
        #expect(AttributeValue.bool(true).boolValue == true)
        #expect(AttributeValue.string("x").boolValue == nil)
        #expect(AttributeValue.binary(Data([1])).binaryValue == Data([1]))
        #expect(AttributeValue.stringSet(["a"]).stringSetValue == ["a"])
        #expect(AttributeValue.numberSet(["1"]).numberSetValue == ["1"])
        #expect(AttributeValue.binarySet([Data([2])]).binarySetValue == [Data([2])])
        #expect(AttributeValue.list(["a"]).listValue == ["a"])
        #expect(AttributeValue.map(["a": "b"]).mapValue == ["a": "b"])
        #expect(AttributeValue.null.isNull)
        #expect(AttributeValue.DataType.allCases.map(\.rawValue) == ["S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"])
    }
}

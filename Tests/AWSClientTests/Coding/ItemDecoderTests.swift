import AWSClient
import Foundation
import LambdaEvents
import Testing

@Suite struct ItemDecoderTests {
    struct Counter: Codable, Equatable {
        var value: Int64
    }

    @Test(arguments: ["42", "42.0", "4.2E+1", "4200e-2", "+42"])
    func integersAreReadFromAnySpellingOfAWholeNumber(text: String) throws {
        #expect(try DynamoDBItemDecoder().decode(Counter.self, from: ["value": .number(text)]) == Counter(value: 42))
    }

    @Test func integerExtremesSurvive() throws {
        struct Extremes: Codable, Equatable {
            var low: Int64
            var high: UInt64
        }
        let value = Extremes(low: .min, high: .max)
        let item = try DynamoDBItemEncoder().encode(value)
        #expect(item["high"] == .number("18446744073709551615"))
        #expect(try DynamoDBItemDecoder().decode(Extremes.self, from: item) == value)
    }

    @Test(arguments: ["42.5", "9223372036854775808", "1e40", "abc"])
    func aFractionOrAnOverflowIsAnErrorNotARounding(text: String) {
        #expect(throws: DecodingError.self) {
            try DynamoDBItemDecoder().decode(Counter.self, from: ["value": .number(text)])
        }
    }

    @Test func aNegativeNumberIsNotAnUnsignedInteger() {
        #expect(throws: DecodingError.self) {
            try DynamoDBItemDecoder().decode(UInt8.self, fromAttribute: .number("-1"))
        }
    }

    @Test func decimalsKeepEveryDigit() throws {
        let text = "1234567890123456789012345678.12345678"
        let decimal = try DynamoDBItemDecoder().decode(Decimal.self, fromAttribute: .number(text))
        #expect(decimal.description == text)
        let number = try DynamoDBItemDecoder().decode(DynamoDBNumber.self, fromAttribute: .number("1.50"))
        #expect(number.text == "1.50")
    }

    @Test func aTypeMismatchNamesTheAttributePath() throws {
        struct Outer: Decodable { var inner: Inner }
        struct Inner: Decodable { var counts: [Int] }
        let item: DynamoDBItem = ["inner": ["counts": [1, "two"]]]
        do {
            _ = try DynamoDBItemDecoder().decode(Outer.self, from: item)
            Issue.record("decoding should fail")
        } catch DecodingError.typeMismatch(_, let context) {
            #expect(context.codingPath.map(\.stringValue) == ["inner", "counts", "Index 1"])
            #expect(context.debugDescription.contains("expected N"))
        }
    }

    @Test func aMissingAttributeIsKeyNotFoundButNilForAnOptional() throws {
        struct Required: Decodable { var name: String }
        struct Optional: Decodable, Equatable { var name: String? }
        #expect(throws: DecodingError.self) { try DynamoDBItemDecoder().decode(Required.self, from: [:]) }
        #expect(try DynamoDBItemDecoder().decode(Optional.self, from: [:]) == Optional(name: nil))
        #expect(try DynamoDBItemDecoder().decode(Optional.self, from: ["name": nil]) == Optional(name: nil))
    }

    @Test func setsAndListsBothReadAsArrays() throws {
        struct Holder: Decodable { var values: [String] }
        #expect(try DynamoDBItemDecoder().decode(Holder.self, from: ["values": .stringSet(["a", "b"])]).values == ["a", "b"])
        #expect(try DynamoDBItemDecoder().decode(Holder.self, from: ["values": ["c"]]).values == ["c"])
        let numbers = try DynamoDBItemDecoder().decode(Set<Double>.self, fromAttribute: .numberSet(["1.5", "2"]))
        #expect(numbers == [1.5, 2])
    }
}

import AWSClient
import Foundation
import Testing

@Suite struct DynamoDBNumberTests {
    @Test func keepsItsTextExactly() throws {
        let number = try #require(DynamoDBNumber("-0012.3400"))
        #expect(number.text == "-0012.3400")
        #expect(number.doubleValue == -12.34)
        #expect(number.intValue == nil)
    }

    @Test(arguments: ["", "-", "1.2.3", "1e", "0x10", "1,5", " 1"])
    func refusesTextThatIsNotANumber(text: String) {
        #expect(DynamoDBNumber(text) == nil)
    }

    @Test func convertsFromSwiftNumbers() {
        #expect(DynamoDBNumber(Int64.min).text == "-9223372036854775808")
        #expect(DynamoDBNumber(Double(0.1))?.text == "0.1")
        #expect(DynamoDBNumber(Double(2))?.text == "2")
        #expect(DynamoDBNumber(Double.nan) == nil)
        #expect(DynamoDBNumber(Decimal(string: "99.990")!).text == "99.99")
        let literal: DynamoDBNumber = 7
        #expect(literal.int64Value == 7)
    }

    @Test func isAStringInOtherEncoders() throws {
        let json = try JSONEncoder().encode(["n": DynamoDBNumber("3.14159265358979323846264338327950288")!])
        #expect(String(decoding: json, as: UTF8.self) == #"{"n":"3.14159265358979323846264338327950288"}"#)
        let back = try JSONDecoder().decode([String: DynamoDBNumber].self, from: json)
        #expect(back["n"]?.text == "3.14159265358979323846264338327950288")
    }
}

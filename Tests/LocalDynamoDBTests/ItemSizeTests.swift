import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct ItemSizeTests {
    @Test func stringsCountUTF8BytesOfNameAndValue() {
        #expect(ItemSize.of(["city": "Zürich"]) == 4 + 7)
    }

    @Test func numbersCountSignificantDigits() {
        #expect(ItemSize.of(.number("12345")) == 4)
        #expect(ItemSize.of(.number("0012345000")) == 4)
        #expect(ItemSize.of(.number("1")) == 2)
    }

    @Test func binaryBooleanAndNull() {
        #expect(ItemSize.of(["b": .binary(Data(count: 10))]) == 11)
        #expect(ItemSize.of(["ok": true, "no": nil]) == 2 + 1 + 2 + 1)
    }

    @Test func listsAndMapsAddOverhead() {
        #expect(ItemSize.of(.list([])) == 3)
        #expect(ItemSize.of(.map([:])) == 3)
        #expect(ItemSize.of(.list(["ab", true])) == 3 + (1 + 2) + (1 + 1))
        #expect(ItemSize.of(.map(["k": "ab"])) == 3 + 1 + 1 + 2)
    }

    @Test func setsSumTheirMembers() {
        #expect(ItemSize.of(.stringSet(["ab", "cde"])) == 5)
        #expect(ItemSize.of(.numberSet(["1", "22"])) == 2 + 2)
    }

    @Test func limitIsFourHundredKilobytes() throws {
        let fits: DynamoDBItem = ["pk": "x", "body": .string(String(repeating: "a", count: 409_600 - 2 - 1 - 4))]
        #expect(ItemSize.of(fits) == 409_600)
        try ItemSize.checkLimit(fits)
        let tooBig: DynamoDBItem = ["pk": "x", "body": .string(String(repeating: "a", count: 409_600))]
        #expect(throws: DynamoDBError.validation("Item size has exceeded the maximum allowed size")) {
            try ItemSize.checkLimit(tooBig)
        }
    }
}

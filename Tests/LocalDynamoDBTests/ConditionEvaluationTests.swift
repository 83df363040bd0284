import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct ConditionEvaluationTests {
    @Test func equalityOnStrings() throws {
        #expect(try holds("#s = :v", names: ["#s": "status"], values: [":v": "SHIPPED"]))
        #expect(try !holds("#s = :v", names: ["#s": "status"], values: [":v": "shipped"]))
    }

    @Test func numbersCompareByValueNotText() throws {
        #expect(try holds("amount = :v", values: [":v": .number("129.9")]))
        #expect(try holds("amount = :v", values: [":v": .number("1.299E2")]))
        #expect(try holds("quantity < :v", values: [":v": .number("10")]))
        #expect(try holds("amount > :v", values: [":v": .number("-500")]))
    }

    @Test func differentTypesAreUnequalNotErrors() throws {
        #expect(try !holds("quantity = :v", values: [":v": "3"]))
        #expect(try holds("quantity <> :v", values: [":v": "3"]))
        #expect(try !holds("quantity < :v", values: [":v": "9"]))
    }

    @Test func missingAttributeFailsComparisonsButNotInequality() throws {
        #expect(try !holds("absent = :v", values: [":v": 1]))
        #expect(try !holds("absent < :v", values: [":v": 1]))
        #expect(try holds("absent <> :v", values: [":v": 1]))
    }

    @Test func stringsOrderByUTF8Bytes() throws {
        // "Z" (0x5A) sorts before "a" (0x61); "é" (0xC3 0xA9) after every ASCII letter.
        #expect(try holds("a < :v", on: ["a": "Z"], values: [":v": "a"]))
        #expect(try holds("a > :v", on: ["a": "é"], values: [":v": "z"]))
    }

    @Test func binaryOrdersByUnsignedBytes() throws {
        #expect(try holds("digest < :v", values: [":v": .binary(Data([0xFF]))]))
        #expect(try holds("digest > :v", values: [":v": .binary(Data([0x01, 0x02]))]))
    }

    @Test func betweenIsInclusive() throws {
        #expect(try holds("quantity BETWEEN :lo AND :hi", values: [":lo": 3, ":hi": 5]))
        #expect(try holds("quantity BETWEEN :lo AND :hi", values: [":lo": 1, ":hi": 3]))
        #expect(try !holds("quantity BETWEEN :lo AND :hi", values: [":lo": 4, ":hi": 5]))
    }

    @Test func inMatchesAnyCandidate() throws {
        #expect(try holds("#s IN (:a, :b)", names: ["#s": "status"], values: [":a": "NEW", ":b": "SHIPPED"]))
        #expect(try !holds("#s IN (:a)", names: ["#s": "status"], values: [":a": "NEW"]))
    }

    @Test func logicalOperators() throws {
        let values: DynamoDBItem = [":yes": 3, ":no": 4]
        #expect(try holds("quantity = :yes AND NOT quantity = :no", values: values))
        #expect(try holds("quantity = :no OR quantity = :yes", values: values))
        #expect(try !holds("NOT (quantity = :no OR quantity = :yes)", values: values))
    }

    @Test func attributeExistence() throws {
        #expect(try holds("attribute_exists(address.city)"))
        #expect(try holds("attribute_not_exists(address.street)"))
        #expect(try holds("attribute_exists(orderLines[1].sku)"))
        #expect(try !holds("attribute_exists(orderLines[2])"))
        #expect(try holds("attribute_exists(#n)", names: ["#n": "note"]))
    }

    @Test func conditionsOnAMissingItem() throws {
        #expect(try holds("attribute_not_exists(pk)", on: nil))
        #expect(try !holds("attribute_exists(pk)", on: nil))
        #expect(try !holds("quantity = :v", on: nil, values: [":v": 3]))
    }

    @Test func attributeTypeChecksTheStoredType() throws {
        #expect(try holds("attribute_type(tags, :t)", values: [":t": "SS"]))
        #expect(try holds("attribute_type(#n, :t)", names: ["#n": "note"], values: [":t": "NULL"]))
        #expect(try !holds("attribute_type(quantity, :t)", values: [":t": "S"]))
    }

    @Test func beginsWithOnStringsAndBinary() throws {
        #expect(try holds("begins_with(sk, :p)", values: [":p": "ORDER#2024"]))
        #expect(try !holds("begins_with(sk, :p)", values: [":p": "INVOICE#"]))
        #expect(try holds("begins_with(digest, :p)", values: [":p": .binary(Data([0x01, 0x02]))]))
        #expect(try !holds("begins_with(quantity, :p)", values: [":p": "3"]))
    }

    @Test func containsOnStringsSetsAndLists() throws {
        #expect(try holds("contains(sk, :p)", values: [":p": "2024-05"]))
        #expect(try holds("contains(tags, :p)", values: [":p": "gift"]))
        #expect(try !holds("contains(tags, :p)", values: [":p": "gif"]))
        #expect(try holds("contains(scores, :p)", values: [":p": .number("2.50")]))
        #expect(try holds("contains(entries, :p)", on: ["entries": ["a", 1]], values: [":p": 1]))
        #expect(try holds("contains(digest, :p)", values: [":p": .binary(Data([0x02, 0x03]))]))
        #expect(try !holds("contains(tags, :p)", values: [":p": 1]))
    }

    @Test func sizeCountsBytesMembersAndElements() throws {
        #expect(try holds("size(#s) = :n", names: ["#s": "status"], values: [":n": 7]))
        #expect(try holds("size(city) = :n", on: ["city": "Zürich"], values: [":n": 7]))
        #expect(try holds("size(digest) = :n", values: [":n": 3]))
        #expect(try holds("size(tags) = :n", values: [":n": 2]))
        #expect(try holds("size(orderLines) = :n", values: [":n": 2]))
        #expect(try holds("size(address) = :n", values: [":n": 3]))
        #expect(try !holds("size(quantity) >= :n", values: [":n": 0]))
    }

    @Test func setsAreEqualRegardlessOfOrder() throws {
        #expect(try holds("tags = :v", values: [":v": .stringSet(["express", "gift"])]))
        #expect(try holds("scores = :v", values: [":v": .numberSet(["2.50", "1.0"])]))
    }

    @Test func mapsAndListsCompareDeeply() throws {
        #expect(try holds("address.geo = :v", values: [":v": ["lat": .number("45.760")]]))
        #expect(try !holds("orderLines = :v", values: [":v": [["sku": "A-1"]]]))
    }

    @Test func checkThrowsConditionalCheckFailed() throws {
        let parsed = try condition("attribute_not_exists(pk)")
        #expect(throws: DynamoDBError(.conditionalCheckFailed, "The conditional request failed")) {
            try parsed.check(order)
        }
        try parsed.check(nil)
    }
}

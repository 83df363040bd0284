import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct SortKeyTests {
    @Test func stringsSortByUTF8Bytes() {
        let keys: [AttributeValue] = ["Apple", "Zebra", "apple", "éclair"]
        let bytes = keys.compactMap(\.sortKeyBytes)
        #expect(bytes.count == 4)
        for (lower, higher) in zip(bytes, bytes.dropFirst()) {
            #expect(AttributeOrdering.compareBytes(lower, higher) < 0)
        }
    }

    @Test func binarySortsUnsigned() {
        let low = AttributeValue.binary(Data([0x7F])).sortKeyBytes!
        let high = AttributeValue.binary(Data([0x80])).sortKeyBytes!
        #expect(AttributeOrdering.compareBytes(low, high) < 0)
        #expect(AttributeOrdering.compare(.binary(Data([0x7F])), .binary(Data([0x80]))) == -1)
    }

    @Test func numbersSortNumerically() {
        let nine = AttributeValue.number("9").sortKeyBytes!
        let ten = AttributeValue.number("10").sortKeyBytes!
        #expect(AttributeOrdering.compareBytes(nine, ten) < 0)
    }

    @Test func nonKeyTypesHaveNoKeyBytes() {
        #expect(AttributeValue.bool(true).sortKeyBytes == nil)
        #expect(AttributeValue.stringSet(["a"]).sortKeyBytes == nil)
    }

    @Test func compareRefusesMixedTypes() {
        #expect(AttributeOrdering.compare("1", 1) == nil)
    }
}

import LambdaEvents
import Testing
@testable import LocalDynamoDB

func applying(_ text: String, to item: DynamoDBItem? = order, names: [String: String]? = nil, values: DynamoDBItem? = nil) throws -> DynamoDBItem {
    try update(text, names: names, values: values).apply(to: item)
}

@Suite struct UpdateApplyTests {
    @Test func setReplacesAndCreates() throws {
        let result = try applying("SET #s = :s, carrier = :c", names: ["#s": "status"], values: [":s": "DELIVERED", ":c": "UPS"])
        #expect(result["status"] == "DELIVERED")
        #expect(result["carrier"] == "UPS")
        #expect(result["quantity"] == 3)
    }

    @Test func newItemStartsFromTheKey() throws {
        let result = try update("SET visits = :one", values: [":one": 1]).apply(to: nil, key: ["pk": "USER#1"])
        #expect(result == ["pk": "USER#1", "visits": 1])
    }

    @Test func arithmeticIsExact() throws {
        let result = try applying("SET amount = amount + :tip, quantity = quantity - :one", values: [":tip": .number("0.10"), ":one": 1])
        #expect(result["amount"] == .number("130"))
        #expect(result["quantity"] == 2)
    }

    @Test func operandsSeeTheItemBeforeTheUpdate() throws {
        let result = try applying("SET quantity = :ten, previous = quantity", values: [":ten": 10])
        #expect(result["quantity"] == 10)
        #expect(result["previous"] == 3)
    }

    @Test func ifNotExistsFallsBackOnlyWhenMissing() throws {
        let result = try applying(
            "SET visits = if_not_exists(visits, :zero) + :one, quantity = if_not_exists(quantity, :zero)",
            values: [":zero": 0, ":one": 1])
        #expect(result["visits"] == 1)
        #expect(result["quantity"] == 3)
    }

    @Test func listAppendConcatenatesInOrder() throws {
        let result = try applying("SET orderLines = list_append(:first, orderLines)", values: [":first": [["sku": "Z-0"]]])
        #expect(result["orderLines"]?.listValue?.count == 3)
        #expect(result["orderLines"]?[0]?["sku"] == "Z-0")
    }

    @Test func setsNestedMemberAndListElement() throws {
        let result = try applying("SET address.street = :s, orderLines[0].price = :p", values: [":s": "Rue Mercière", ":p": 20])
        #expect(result["address"]?["street"] == "Rue Mercière")
        #expect(result["address"]?["city"] == "Lyon")
        #expect(result["orderLines"]?[0]?["price"] == 20)
    }

    @Test func settingPastTheEndOfAListAppends() throws {
        let result = try applying("SET orderLines[10] = :l", values: [":l": ["sku": "C-3"]])
        #expect(result["orderLines"]?.listValue?.count == 3)
        #expect(result["orderLines"]?[2]?["sku"] == "C-3")
    }

    @Test func setUnderAMissingParentIsInvalid() {
        #expect(throws: DynamoDBError.validation("The document path provided in the update expression is invalid for update")) {
            try applying("SET billing.city = :c", values: [":c": "Paris"])
        }
    }

    @Test func setIndexOnANonListIsInvalid() {
        #expect(throws: DynamoDBError.validation("The document path provided in the update expression is invalid for update")) {
            try applying("SET address[0] = :c", values: [":c": "Paris"])
        }
    }

    @Test func missingOperandAttributeIsReported() {
        #expect(throws: DynamoDBError.validation("The provided expression refers to an attribute that does not exist in the item")) {
            try applying("SET quantity = absent + :one", values: [":one": 1])
        }
    }

    @Test func arithmeticOnAStringAttributeIsATypeError() {
        #expect(throws: DynamoDBError.validation("An operand in the update expression has an incorrect data type")) {
            try applying("SET sk = sk + :one", values: [":one": 1])
        }
    }

    @Test func listAppendOnAMapIsATypeError() {
        #expect(throws: DynamoDBError.validation("An operand in the update expression has an incorrect data type")) {
            try applying("SET address = list_append(address, :l)", values: [":l": ["x"]])
        }
    }

    @Test func removeTopLevelNestedAndMissing() throws {
        let result = try applying("REMOVE note, address.zip, nothing.here")
        #expect(result["note"] == nil)
        #expect(result["address"]?["zip"] == nil)
        #expect(result["address"]?["city"] == "Lyon")
    }

    @Test func removeListIndexesReferToTheOriginalList() throws {
        let result = try applying("REMOVE entries[0], entries[2]", to: ["entries": ["a", "b", "c", "d"]])
        #expect(result["entries"] == ["b", "d"])
    }

    @Test func addToNumbersAndMissingAttributes() throws {
        let result = try applying("ADD quantity :two, visits :two", values: [":two": 2])
        #expect(result["quantity"] == 5)
        #expect(result["visits"] == 2)
    }

    @Test func addToSetsUnitesMembers() throws {
        let result = try applying("ADD tags :t, scores :n", values: [":t": .stringSet(["gift", "fragile"]), ":n": .numberSet(["1.0", "3"])])
        #expect(result["tags"] == .stringSet(["gift", "express", "fragile"]))
        #expect(result["scores"] == .numberSet(["1", "2.5", "3"]))
    }

    @Test func addSetToANumberIsATypeError() {
        #expect(throws: DynamoDBError.validation("An operand in the update expression has an incorrect data type")) {
            try applying("ADD quantity :t", values: [":t": .stringSet(["x"])])
        }
    }

    @Test func deleteRemovesMembersAndEmptySets() throws {
        let partial = try applying("DELETE tags :t", values: [":t": .stringSet(["gift"])])
        #expect(partial["tags"] == .stringSet(["express"]))
        let emptied = try applying("DELETE tags :t, scores :n", values: [":t": .stringSet(["gift", "express"]), ":n": .numberSet(["2.50"])])
        #expect(emptied["tags"] == nil)
        #expect(emptied["scores"] == .numberSet(["1"]))
    }

    @Test func deleteFromAMissingAttributeDoesNothing() throws {
        let result = try applying("DELETE colours :c", values: [":c": .stringSet(["red"])])
        #expect(result == order)
    }

    @Test func deleteWrongSetTypeIsATypeError() {
        #expect(throws: DynamoDBError.validation("An operand in the update expression has an incorrect data type")) {
            try applying("DELETE tags :n", values: [":n": .numberSet(["1"])])
        }
    }

    @Test func arithmeticOverflowIsReported() {
        #expect(throws: DynamoDBError.validation("Number overflow. Attempting to store a number with magnitude larger than supported range")) {
            try applying("SET big = :max + :max", to: [:], values: [":max": .number("9.9999999999999999999999999999999999999E+125")])
        }
    }

    @Test func failedUpdateLeavesTheInputAlone() throws {
        let before = order
        #expect(throws: DynamoDBError.self) {
            try applying("SET quantity = :v, sk = sk + :v", values: [":v": 1])
        }
        #expect(order == before)
    }
}

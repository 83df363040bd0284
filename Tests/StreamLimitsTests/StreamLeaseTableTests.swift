import AWSClient
import LambdaEvents
import Testing
@testable import StreamLimits

/// The table's layout and the conditional writes that keep a user within the limit.
@Suite struct StreamLeaseTableTests {
    let table = StreamLeaseTable(name: "leases")

    @Test func oneItemPerUserKeyedByUserId() {
        #expect(table.key(userId: "u1") == ["userId": .string("u1")])
        #expect(table.read(userId: "u1").consistentRead == true)
    }

    @Test func theTimeToLiveFollowsTheLatestLeaseByAMargin() {
        #expect(StreamLeaseTable.timeToLive(afterLeaseEnd: 10_000) == 10 + 60)
        #expect(StreamLeaseTable.timeToLive(afterLeaseEnd: 10_001) == 11 + 60)
    }

    @Test func admittingIsOneWriteWhoseConditionIsTheLimit() {
        let request = table.admit(userId: "u1", streamId: "match 42", leaseEnd: 5_000, maxStreams: 3)
        #expect(request.key == ["userId": .string("u1")])
        #expect(request.updateExpression == "SET #leases.#stream = :leaseEnd, #expiresAt = :ttl")
        #expect(request.conditionExpression
            == "attribute_exists(#leases) AND attribute_not_exists(#leases.#stream) AND size(#leases) < :max")
        #expect(request.expressionAttributeNames == ["#leases": "leases", "#stream": "match 42", "#expiresAt": "expiresAt"])
        #expect(request.expressionAttributeValues == [":leaseEnd": .number("5000"), ":ttl": .number("65"), ":max": .number("3")])
        #expect(request.returnValues == .allNew)
        #expect(request.returnValuesOnConditionCheckFailure == .allOld)
    }

    @Test func theFirstLeaseCreatesTheMapOnlyIfThereIsNone() {
        let request = table.create(userId: "u1", streamId: "s", leaseEnd: 5_000)
        #expect(request.item == [
            "userId": .string("u1"), "leases": .map(["s": .number("5000")]), "expiresAt": .number("65"),
        ])
        #expect(request.conditionExpression == "attribute_not_exists(#leases)")
        #expect(request.returnValuesOnConditionCheckFailure == .allOld)
    }

    @Test func reclaimingRemovesExactlyTheExpiredLeasesAsTheyWereSeen() {
        let stored: [String: AttributeValue] = ["a": .number("100"), "b": .number("900"), "c": .number("200")]
        let request = table.reclaim(
            userId: "u1", streamId: "new", leaseEnd: 5_000,
            expired: [StreamLease(streamId: "a", expiresAt: 100), StreamLease(streamId: "c", expiresAt: 200)],
            storedLeases: stored, maxStreams: 3)
        #expect(request.updateExpression == "SET #leases.#stream = :leaseEnd, #expiresAt = :ttl REMOVE #leases.#old0, #leases.#old1")
        #expect(request.conditionExpression
            == "attribute_not_exists(#leases.#stream) AND size(#leases) < :limit AND #leases.#old0 = :old0 AND #leases.#old1 = :old1")
        #expect(request.expressionAttributeNames["#old0"] == "a")
        #expect(request.expressionAttributeNames["#old1"] == "c")
        #expect(request.expressionAttributeValues[":old0"] == .number("100"))
        #expect(request.expressionAttributeValues[":old1"] == .number("200"))
        // Two leases go and one comes: the map may hold up to max + 2 - 1 entries beforehand.
        #expect(request.expressionAttributeValues[":limit"] == .number("5"))
    }

    @Test func releasingANamedStreamRequiresItsLease() {
        let named = table.release(userId: "u1", streamId: "s")
        #expect(named.updateExpression == "REMOVE #leases.#stream")
        #expect(named.conditionExpression == "attribute_exists(#leases.#stream)")
        #expect(named.expressionAttributeValues.isEmpty)
        let chosen = table.release(userId: "u1", streamId: "s", expectedEnd: .number("42"))
        #expect(chosen.conditionExpression == "#leases.#stream = :expected")
        #expect(chosen.expressionAttributeValues == [":expected": .number("42")])
    }

    @Test func everyPlaceholderARequestNamesIsUsedInItAndNoneIsMissing() {
        // DynamoDB refuses unused placeholders as firmly as undefined ones.
        let requests: [UpdateItemRequest] = [
            table.admit(userId: "u", streamId: "s", leaseEnd: 1, maxStreams: 3),
            table.renew(userId: "u", streamId: "s", leaseEnd: 1),
            table.reclaim(
                userId: "u", streamId: "s", leaseEnd: 1, expired: [StreamLease(streamId: "x", expiresAt: 0)],
                storedLeases: ["x": .number("0")], maxStreams: 1),
            table.release(userId: "u", streamId: "s"),
            table.release(userId: "u", streamId: "s", expectedEnd: .number("1")),
        ]
        for request in requests {
            let text = (request.updateExpression ?? "") + " " + (request.conditionExpression ?? "")
            #expect(Self.placeholders(in: text, prefix: "#") == Set(request.expressionAttributeNames.keys))
            #expect(Self.placeholders(in: text, prefix: ":") == Set(request.expressionAttributeValues.keys))
        }
    }

    /// The `#name` or `:value` tokens of an expression.
    static func placeholders(in expression: String, prefix: Character) -> Set<String> {
        var found = Set<String>()
        var current: String?
        for character in expression + " " {
            if var token = current, character.isLetter || character.isNumber || character == "_" {
                token.append(character)
                current = token
            } else {
                if let token = current, token.count > 1 { found.insert(token) }
                current = character == prefix ? String(character) : nil
            }
        }
        return found
    }
}

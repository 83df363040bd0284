import AWSClient
import LambdaEvents

extension StreamLeaseTable {
    /// Takes a free slot for `streamId`: only when the user's map exists, does not hold the
    /// stream yet, and has fewer than `maxStreams` entries. On success DynamoDB answers the new
    /// item; on a failed condition, the item as it was, to decide the next step from.
    public func admit(userId: String, streamId: String, leaseEnd: Int64, maxStreams: Int) -> UpdateItemRequest {
        UpdateItemRequest(
            tableName: name,
            key: key(userId: userId),
            updateExpression: "SET #leases.#stream = :leaseEnd, #expiresAt = :ttl",
            conditionExpression: "attribute_exists(#leases) AND attribute_not_exists(#leases.#stream) AND size(#leases) < :max",
            expressionAttributeNames: Self.names(stream: streamId),
            expressionAttributeValues: [
                ":leaseEnd": .number(String(leaseEnd)),
                ":ttl": .number(String(Self.timeToLive(afterLeaseEnd: leaseEnd))),
                ":max": .number(String(maxStreams)),
            ],
            returnValues: .allNew,
            returnValuesOnConditionCheckFailure: .allOld)
    }

    /// Writes a user's first lease map, holding `streamId`; only when the user has none yet, so
    /// that two first starts cannot overwrite each other.
    public func create(userId: String, streamId: String, leaseEnd: Int64) -> PutItemRequest {
        PutItemRequest(
            tableName: name,
            item: [
                Self.userIdAttribute: .string(userId),
                Self.leasesAttribute: .map([streamId: .number(String(leaseEnd))]),
                Self.expiresAtAttribute: .number(String(Self.timeToLive(afterLeaseEnd: leaseEnd))),
            ],
            conditionExpression: "attribute_not_exists(#leases)",
            expressionAttributeNames: ["#leases": Self.leasesAttribute],
            returnValuesOnConditionCheckFailure: .allOld)
    }

    /// Extends the lease `streamId` already holds; it takes no second slot.
    public func renew(userId: String, streamId: String, leaseEnd: Int64) -> UpdateItemRequest {
        UpdateItemRequest(
            tableName: name,
            key: key(userId: userId),
            updateExpression: "SET #leases.#stream = :leaseEnd, #expiresAt = :ttl",
            conditionExpression: "attribute_exists(#leases.#stream)",
            expressionAttributeNames: Self.names(stream: streamId),
            expressionAttributeValues: [
                ":leaseEnd": .number(String(leaseEnd)),
                ":ttl": .number(String(Self.timeToLive(afterLeaseEnd: leaseEnd))),
            ],
            returnValues: .allNew,
            returnValuesOnConditionCheckFailure: .allOld)
    }

    /// Removes the `expired` leases and adds `streamId`, in one write. The condition requires each
    /// expired lease unchanged (a renewal in between would make it live again) and the map, once
    /// they are gone, to have room: `size < max + expired.count` before the removal.
    public func reclaim(
        userId: String, streamId: String, leaseEnd: Int64, expired: [StreamLease], storedLeases: [String: AttributeValue],
        maxStreams: Int
    ) -> UpdateItemRequest {
        var values: DynamoDBItem = [
            ":leaseEnd": .number(String(leaseEnd)),
            ":ttl": .number(String(Self.timeToLive(afterLeaseEnd: leaseEnd))),
            ":limit": .number(String(maxStreams + expired.count)),
        ]
        var removals: [String] = []
        var unchanged: [String] = []
        for (index, lease) in expired.enumerated() {
            removals.append("#leases.#old\(index)")
            unchanged.append("#leases.#old\(index) = :old\(index)")
            values[":old\(index)"] = storedLeases[lease.streamId] ?? .number(String(lease.expiresAt))
        }
        return UpdateItemRequest(
            tableName: name,
            key: key(userId: userId),
            updateExpression: "SET #leases.#stream = :leaseEnd, #expiresAt = :ttl REMOVE " + removals.joined(separator: ", "),
            conditionExpression: (["attribute_not_exists(#leases.#stream)", "size(#leases) < :limit"] + unchanged)
                .joined(separator: " AND "),
            expressionAttributeNames: Self.names(stream: streamId, others: expired.map(\.streamId)),
            expressionAttributeValues: values,
            returnValues: .allNew,
            returnValuesOnConditionCheckFailure: .allOld)
    }

    /// Releases `streamId`'s lease. With `expectedEnd`, only while the lease still ends then (an
    /// end that chose the lease from a read must not release one renewed since).
    public func release(userId: String, streamId: String, expectedEnd: AttributeValue? = nil) -> UpdateItemRequest {
        UpdateItemRequest(
            tableName: name,
            key: key(userId: userId),
            updateExpression: "REMOVE #leases.#stream",
            conditionExpression: expectedEnd == nil ? "attribute_exists(#leases.#stream)" : "#leases.#stream = :expected",
            expressionAttributeNames: ["#leases": Self.leasesAttribute, "#stream": streamId],
            expressionAttributeValues: expectedEnd.map { [":expected": $0] } ?? [:],
            returnValues: .allNew,
            returnValuesOnConditionCheckFailure: .allOld)
    }

    /// Reads a user's item, strongly consistent: an end picks its lease from it.
    public func read(userId: String) -> GetItemRequest {
        GetItemRequest(tableName: name, key: key(userId: userId), consistentRead: true)
    }
}

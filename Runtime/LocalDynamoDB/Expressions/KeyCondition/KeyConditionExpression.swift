import LambdaEvents

/// A parsed `KeyConditionExpression`: the partition key's value and at most one sort-key condition,
/// which the storage turns into an index range.
public struct KeyConditionExpression: Sendable, Hashable {
    /// The partition key attribute name.
    public let partitionKey: String
    /// The value the partition key must equal.
    public let partitionValue: AttributeValue
    /// The sort key attribute name and its condition, when the query has one.
    public let sortKey: (name: String, condition: SortKeyCondition)?
    /// The aliases it uses, for `ExpressionAttributes.checkAllUsed(by:)`.
    public let usage: ExpressionUsage

    /// Parses `text` against the queried table's or index's key schema, with DynamoDB's errors for
    /// anything a key condition cannot express.
    public init(_ text: String, schema: KeySchema, attributes: ExpressionAttributes) throws(DynamoDBError) {
        var parser = try Parser(text, kind: .keyCondition, attributes: attributes)
        let condition = try parser.condition()
        try parser.expectEnd()
        usage = parser.usage
        var terms: [(name: String, condition: SortKeyCondition)] = []
        try Self.collect(condition, into: &terms)
        var seen: Set<String> = []
        for term in terms where !seen.insert(term.name).inserted {
            throw .invalid(.keyCondition, "KeyConditionExpressions must only contain one condition per key")
        }
        guard let partition = terms.first(where: { $0.name == schema.partitionKey }) else {
            throw .validation("Query condition missed key schema element: \(schema.partitionKey)")
        }
        guard case .equal(let value) = partition.condition else {
            throw .validation("Query key condition not supported")
        }
        let others = terms.filter { $0.name != schema.partitionKey }
        if let other = others.first {
            guard other.name == schema.sortKey else {
                throw .validation("Query condition missed key schema element: \(schema.sortKey ?? other.name)")
            }
        }
        partitionKey = schema.partitionKey
        partitionValue = value
        sortKey = others.first
    }

    /// Whether an item's key attributes satisfy the condition; for a storage that scans a partition.
    public func matches(_ item: DynamoDBItem) -> Bool {
        guard let partition = item[partitionKey], AttributeOrdering.equal(partition, partitionValue) else { return false }
        guard let sortKey else { return true }
        guard let value = item[sortKey.name] else { return false }
        return sortKey.condition.matches(value)
    }

    /// Equality compares the parsed meaning; the tuple keeps it from being synthesized.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.partitionKey == rhs.partitionKey && lhs.partitionValue == rhs.partitionValue
            && lhs.sortKey?.name == rhs.sortKey?.name && lhs.sortKey?.condition == rhs.sortKey?.condition
            && lhs.usage == rhs.usage
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(partitionKey)
        hasher.combine(partitionValue)
        hasher.combine(sortKey?.name)
        hasher.combine(sortKey?.condition)
    }
}

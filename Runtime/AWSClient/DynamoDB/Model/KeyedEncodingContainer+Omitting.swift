extension KeyedEncodingContainer {
    /// Leaves the member out when the collection is empty: DynamoDB rejects an empty
    /// `ExpressionAttributeValues` or `ExpressionAttributeNames` rather than ignoring it.
    mutating func encodeUnlessEmpty<Value: Encodable & Collection>(_ value: Value, forKey key: Key) throws {
        if !value.isEmpty { try encode(value, forKey: key) }
    }
}

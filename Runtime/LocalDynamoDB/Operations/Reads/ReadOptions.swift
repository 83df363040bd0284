/// The members Query and Scan share, checked the same way.
enum ReadOptions {
    /// `Limit` must be positive.
    static func checkLimit(_ limit: Int?) throws(DynamoDBServiceError) {
        if let limit, limit < 1 {
            throw .validation("1 validation error detected: Value '\(limit)' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1")
        }
    }

    /// Whether `Select` asks for the count only; rejects unknown values.
    static func countOnly(_ select: String?) throws(DynamoDBServiceError) -> Bool {
        switch select {
        case nil, "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES": return false
        case "COUNT": return true
        case let other?:
            throw .validation("1 validation error detected: Value '\(other)' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]")
        }
    }
}

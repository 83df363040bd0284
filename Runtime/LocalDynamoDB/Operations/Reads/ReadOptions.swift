/// The members Query and Scan share, checked the same way.
enum ReadOptions {
    /// `Limit` must be positive.
    static func checkLimit(_ limit: Int?) throws(DynamoDBServiceError) {
        if let limit, limit < 1 {
            throw .validation("1 validation error detected: Value '\(limit)' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1")
        }
    }

    /// A global secondary index is updated asynchronously in DynamoDB, so it refuses strongly
    /// consistent reads; locally every read is consistent, which only the table and local indexes promise.
    static func checkConsistentRead(_ consistentRead: Bool?, on target: ReadTarget) throws(DynamoDBServiceError) {
        if consistentRead == true, target.isGlobal {
            throw .validation("Consistent reads are not supported on global secondary indexes")
        }
    }
}

import LambdaEvents

/// DynamoDB's limits on key values, for the table's keys and every index's: a partition key of
/// at most 2048 bytes, a sort key of at most 1024.
enum KeySizeLimit {
    static let partitionKeyBytes = 2048
    static let sortKeyBytes = 1024

    /// Refuses a key value over its limit, with the service's own wording (no space in "of2048").
    static func check(_ value: AttributeValue, isPartitionKey: Bool) throws(DynamoDBServiceError) {
        let size: Int
        switch value {
        case .string(let text): size = text.utf8.count
        case .binary(let data): size = data.count
        default: return
        }
        if isPartitionKey, size > partitionKeyBytes {
            throw .validation("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of\(partitionKeyBytes) bytes")
        }
        if !isPartitionKey, size > sortKeyBytes {
            throw .validation("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of \(sortKeyBytes) bytes")
        }
    }
}

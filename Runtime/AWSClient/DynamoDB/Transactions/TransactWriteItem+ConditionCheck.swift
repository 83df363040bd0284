import LambdaEvents

extension TransactWriteItem {
    /// A condition on an item that the transaction needs, without changing the item.
    public struct ConditionCheck: Sendable, Encodable {
        /// The table.
        public var tableName: String
        /// The item's full primary key.
        public var key: DynamoDBItem
        /// The condition the item must meet.
        public var conditionExpression: String
        /// Placeholders for attribute names used in the expression.
        public var expressionAttributeNames: [String: String]
        /// Placeholders for values used in the expression.
        public var expressionAttributeValues: DynamoDBItem
        /// Whether a failed condition returns the item in its ``CancellationReason/item``.
        public var returnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure?

        /// Creates the action.
        public init(
            tableName: String,
            key: DynamoDBItem,
            conditionExpression: String,
            expressionAttributeNames: [String: String] = [:],
            expressionAttributeValues: DynamoDBItem = [:],
            returnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure? = nil
        ) {
            self.tableName = tableName
            self.key = key
            self.conditionExpression = conditionExpression
            self.expressionAttributeNames = expressionAttributeNames
            self.expressionAttributeValues = expressionAttributeValues
            self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
        }

        /// Encodes the AWS JSON shape, leaving out empty and absent members.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DynamoDBField.self)
            try container.encode(tableName, forKey: .tableName)
            try container.encode(key, forKey: .key)
            try container.encode(conditionExpression, forKey: .conditionExpression)
            try container.encodeUnlessEmpty(expressionAttributeNames, forKey: .expressionAttributeNames)
            try container.encodeUnlessEmpty(expressionAttributeValues, forKey: .expressionAttributeValues)
            try container.encodeIfPresent(
                returnValuesOnConditionCheckFailure, forKey: .returnValuesOnConditionCheckFailure)
        }
    }
}

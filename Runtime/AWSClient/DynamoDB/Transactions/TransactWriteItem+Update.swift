import LambdaEvents

extension TransactWriteItem {
    /// An update inside a transaction.
    public struct Update: Sendable, Encodable {
        /// The table.
        public var tableName: String
        /// The item's full primary key.
        public var key: DynamoDBItem
        /// The changes, such as `SET #balance = #balance - :amount`.
        public var updateExpression: String
        /// A condition the existing item must meet.
        public var conditionExpression: String?
        /// Placeholders for attribute names used in the expressions.
        public var expressionAttributeNames: [String: String]
        /// Placeholders for values used in the expressions.
        public var expressionAttributeValues: DynamoDBItem
        /// Whether a failed condition returns the item in its ``CancellationReason/item``.
        public var returnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure?

        /// Creates the action.
        public init(
            tableName: String,
            key: DynamoDBItem,
            updateExpression: String,
            conditionExpression: String? = nil,
            expressionAttributeNames: [String: String] = [:],
            expressionAttributeValues: DynamoDBItem = [:],
            returnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure? = nil
        ) {
            self.tableName = tableName
            self.key = key
            self.updateExpression = updateExpression
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
            try container.encode(updateExpression, forKey: .updateExpression)
            try container.encodeIfPresent(conditionExpression, forKey: .conditionExpression)
            try container.encodeUnlessEmpty(expressionAttributeNames, forKey: .expressionAttributeNames)
            try container.encodeUnlessEmpty(expressionAttributeValues, forKey: .expressionAttributeValues)
            try container.encodeIfPresent(
                returnValuesOnConditionCheckFailure, forKey: .returnValuesOnConditionCheckFailure)
        }
    }
}

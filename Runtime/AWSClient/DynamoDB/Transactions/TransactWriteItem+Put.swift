import LambdaEvents

extension TransactWriteItem {
    /// A put inside a transaction.
    public struct Put: Sendable, Encodable {
        /// The table.
        public var tableName: String
        /// The item, key attributes included.
        public var item: DynamoDBItem
        /// A condition the existing item must meet.
        public var conditionExpression: String?
        /// Placeholders for attribute names used in the expression.
        public var expressionAttributeNames: [String: String]
        /// Placeholders for values used in the expression.
        public var expressionAttributeValues: DynamoDBItem
        /// Whether a failed condition returns the item in its ``CancellationReason/item``.
        public var returnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure?

        /// Creates the action.
        public init(
            tableName: String,
            item: DynamoDBItem,
            conditionExpression: String? = nil,
            expressionAttributeNames: [String: String] = [:],
            expressionAttributeValues: DynamoDBItem = [:],
            returnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure? = nil
        ) {
            self.tableName = tableName
            self.item = item
            self.conditionExpression = conditionExpression
            self.expressionAttributeNames = expressionAttributeNames
            self.expressionAttributeValues = expressionAttributeValues
            self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
        }

        /// Encodes the AWS JSON shape, leaving out empty and absent members.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DynamoDBField.self)
            try container.encode(tableName, forKey: .tableName)
            try container.encode(item, forKey: .item)
            try container.encodeIfPresent(conditionExpression, forKey: .conditionExpression)
            try container.encodeUnlessEmpty(expressionAttributeNames, forKey: .expressionAttributeNames)
            try container.encodeUnlessEmpty(expressionAttributeValues, forKey: .expressionAttributeValues)
            try container.encodeIfPresent(
                returnValuesOnConditionCheckFailure, forKey: .returnValuesOnConditionCheckFailure)
        }
    }
}

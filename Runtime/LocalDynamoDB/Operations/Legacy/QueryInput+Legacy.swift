extension QueryInput {
    /// Whether the request uses any legacy member, so planning takes the translating path.
    var usesLegacyMembers: Bool { keyConditions != nil || queryFilter != nil || conditionalOperator != nil || attributesToGet != nil }

    /// The filter and projection of `QueryFilter`, `ConditionalOperator` and `AttributesToGet`,
    /// refused next to the expressions they stand for. `KeyConditions` may go with a filter or
    /// projection expression, as in DynamoDB, but not with a `KeyConditionExpression`.
    func legacyMembers() throws(DynamoDBServiceError) -> (filter: ConditionExpression?, projection: ProjectionExpression?) {
        try NonExpressionParameters.checkNotMixed(
            legacy: [("AttributesToGet", attributesToGet != nil), ("QueryFilter", queryFilter != nil),
                     ("ConditionalOperator", conditionalOperator != nil),
                     ("KeyConditions", keyConditions != nil && keyConditionExpression != nil)],
            expressions: [("ProjectionExpression", projectionExpression != nil), ("FilterExpression", filterExpression != nil),
                          ("KeyConditionExpression", keyConditionExpression != nil)])
        let filter = try LegacyConditions.filter(queryFilter, member: "queryFilter", conditionalOperator: conditionalOperator)
        let projection = try attributesToGet.map { names throws(DynamoDBServiceError) in try AttributesToGet.projection(names) }
        return (filter, projection)
    }
}

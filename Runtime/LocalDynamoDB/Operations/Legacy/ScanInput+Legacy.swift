extension ScanInput {
    /// Whether the request uses any legacy member, so planning takes the translating path.
    var usesLegacyMembers: Bool { scanFilter != nil || conditionalOperator != nil || attributesToGet != nil }

    /// The filter and projection of `ScanFilter`, `ConditionalOperator` and `AttributesToGet`,
    /// refused next to the expressions they stand for.
    func legacyMembers() throws(DynamoDBServiceError) -> (filter: ConditionExpression?, projection: ProjectionExpression?) {
        try NonExpressionParameters.checkNotMixed(
            legacy: [("AttributesToGet", attributesToGet != nil), ("ScanFilter", scanFilter != nil),
                     ("ConditionalOperator", conditionalOperator != nil)],
            expressions: [("ProjectionExpression", projectionExpression != nil), ("FilterExpression", filterExpression != nil)])
        let filter = try LegacyConditions.filter(scanFilter, member: "scanFilter", conditionalOperator: conditionalOperator)
        let projection = try attributesToGet.map { names throws(DynamoDBServiceError) in try AttributesToGet.projection(names) }
        return (filter, projection)
    }
}

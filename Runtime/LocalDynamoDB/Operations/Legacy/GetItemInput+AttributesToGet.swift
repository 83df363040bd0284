extension GetItemInput {
    /// The projection of `AttributesToGet`, refused next to a `ProjectionExpression`; BatchGetItem's
    /// tables are read through here too.
    static func legacyProjection(_ names: [String]?, besides projectionExpression: String?) throws(DynamoDBServiceError) -> ProjectionExpression? {
        try NonExpressionParameters.checkNotMixed(
            legacy: [("AttributesToGet", names != nil)], expressions: [("ProjectionExpression", projectionExpression != nil)])
        return try names.map { names throws(DynamoDBServiceError) in try AttributesToGet.projection(names) }
    }
}

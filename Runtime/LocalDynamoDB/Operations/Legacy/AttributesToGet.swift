/// The legacy `AttributesToGet` of GetItem, BatchGetItem, Query and Scan, turned into the
/// projection a `ProjectionExpression` of the same top-level names would have parsed to.
enum AttributesToGet {
    static func projection(_ names: [String]) throws(DynamoDBServiceError) -> ProjectionExpression {
        guard !names.isEmpty else {
            throw .validation("1 validation error detected: Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1")
        }
        guard names.count <= 255 else {
            throw .validation("1 validation error detected: Value '[\(names.joined(separator: ", "))]' at 'attributesToGet' failed to satisfy constraint: Member must have length less than or equal to 255")
        }
        var seen: Set<String> = []
        for name in names where !seen.insert(name).inserted {
            throw .validation("One or more parameter values were invalid: Duplicate value in attribute name: \(name)")
        }
        return ProjectionExpression(built: names.map { DocumentPath(attribute: $0) })
    }
}

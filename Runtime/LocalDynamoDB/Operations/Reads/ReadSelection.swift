/// What a Query or Scan returns of each item, from `Select` and the projection members, with
/// DynamoDB's rules for which go together.
enum ReadSelection: Equatable {
    /// Whole items: the table's, or a local index's items read from the table.
    case allAttributes
    /// What the index holds of each item (the default on an index).
    case allProjectedAttributes
    /// The named paths only.
    case specificAttributes(ProjectionExpression)
    /// No items, only `Count`.
    case count

    /// Resolves `Select` against the projection (from `projectionMember`, `ProjectionExpression`
    /// or `AttributesToGet`) and the table or index read. Query's messages carry the
    /// "1 validation error detected: " prefix that Scan's lack, as DynamoDB words them.
    static func resolve(
        _ select: String?, projection: ProjectionExpression?, projectionMember: String, target: ReadTarget, isQuery: Bool
    ) throws(DynamoDBServiceError) -> ReadSelection {
        let prefix = isQuery ? "1 validation error detected: " : ""
        let selection: ReadSelection
        switch select {
        case nil:
            return projection.map(ReadSelection.specificAttributes) ?? (target.indexName.isEmpty ? .allAttributes : .allProjectedAttributes)
        case "SPECIFIC_ATTRIBUTES":
            guard let projection else {
                throw .validation("\(prefix)Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES")
            }
            return .specificAttributes(projection)
        case "ALL_ATTRIBUTES": selection = .allAttributes
        case "ALL_PROJECTED_ATTRIBUTES": selection = .allProjectedAttributes
        case "COUNT": selection = .count
        case let other?:
            throw .validation("1 validation error detected: Value '\(other)' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]")
        }
        if projection != nil {
            let chosen = selection == .count ? "only the Count" : select ?? ""
            throw .validation("\(prefix)Cannot specify the \(projectionMember) when choosing to get \(chosen)")
        }
        if selection == .allProjectedAttributes, target.indexName.isEmpty {
            throw .validation("\(prefix)ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName")
        }
        if selection == .allAttributes, target.isGlobal, target.projectsSomeAttributes {
            throw .validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index \(target.indexName) because its projection type is not ALL")
        }
        return selection
    }
}

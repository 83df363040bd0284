/// What a Query or Scan returns (`Select`).
public enum Select: String, Sendable, Hashable, Codable {
    /// Every attribute of the items (of the table, or fetched from it for an index).
    case allAttributes = "ALL_ATTRIBUTES"
    /// Every attribute projected into the index.
    case allProjectedAttributes = "ALL_PROJECTED_ATTRIBUTES"
    /// The attributes named in `ProjectionExpression`.
    case specificAttributes = "SPECIFIC_ATTRIBUTES"
    /// Only the number of matching items, no items.
    case count = "COUNT"
}

/// Whether a write whose condition fails returns the item as it was
/// (`ReturnValuesOnConditionCheckFailure`); it then arrives in ``AWSError/item``.
public enum ReturnValuesOnConditionCheckFailure: String, Sendable, Hashable, Codable {
    /// Nothing (the default).
    case none = "NONE"
    /// The whole item as it was.
    case allOld = "ALL_OLD"
}

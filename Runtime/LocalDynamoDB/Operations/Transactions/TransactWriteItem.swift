/// One action of TransactWriteItems: exactly one of its members is set.
///
/// Put, Update and Delete carry the single-item requests; their `ReturnValues` is not part of
/// the transaction's API and is ignored.
public struct TransactWriteItem: Codable, Sendable, Hashable {
    /// Writes a whole item.
    public var put: PutItemInput?
    /// Updates (or creates) an item.
    public var update: UpdateItemInput?
    /// Removes an item.
    public var delete: DeleteItemInput?
    /// Only checks a condition.
    public var conditionCheck: ConditionCheck?

    /// Creates an action; set exactly one member.
    public init(put: PutItemInput? = nil, update: UpdateItemInput? = nil, delete: DeleteItemInput? = nil,
                conditionCheck: ConditionCheck? = nil) {
        self.put = put
        self.update = update
        self.delete = delete
        self.conditionCheck = conditionCheck
    }

    enum CodingKeys: String, CodingKey {
        case put = "Put"
        case update = "Update"
        case delete = "Delete"
        case conditionCheck = "ConditionCheck"
    }
}

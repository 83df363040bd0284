/// One action of a TransactWriteItems: all actions of a transaction succeed together or none does.
public enum TransactWriteItem: Sendable, Encodable {
    /// Writes a whole item.
    case put(Put)
    /// Changes some attributes of an item.
    case update(Update)
    /// Deletes an item.
    case delete(Delete)
    /// Checks a condition on an item without changing it.
    case conditionCheck(ConditionCheck)

    private enum CodingKeys: String, CodingKey {
        case put = "Put"
        case update = "Update"
        case delete = "Delete"
        case conditionCheck = "ConditionCheck"
    }

    /// Encodes `{"Put": {...}}` and its siblings.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .put(let put): try container.encode(put, forKey: .put)
        case .update(let update): try container.encode(update, forKey: .update)
        case .delete(let delete): try container.encode(delete, forKey: .delete)
        case .conditionCheck(let check): try container.encode(check, forKey: .conditionCheck)
        }
    }
}

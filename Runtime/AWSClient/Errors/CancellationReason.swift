import LambdaEvents

/// Why one item of a cancelled transaction failed, as listed in `TransactionCanceledException`'s
/// `CancellationReasons`: one entry per item, in request order, with code `None` for items that
/// were fine.
public struct CancellationReason: Sendable, Equatable, Decodable {
    /// The reason, such as `ConditionalCheckFailed`, `TransactionConflict`, `ValidationError` or `None`.
    public var code: Code
    /// DynamoDB's explanation, absent for `None`.
    public var message: String?
    /// The item as it was, when the item asked for `ReturnValuesOnConditionCheckFailure` `ALL_OLD`.
    public var item: DynamoDBItem?

    /// Creates a reason from its parts.
    public init(code: Code, message: String? = nil, item: DynamoDBItem? = nil) {
        self.code = code
        self.message = message
        self.item = item
    }

    /// Decodes `{"Code": ..., "Message": ..., "Item": ...}`; a missing code counts as `None`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try Code(rawValue: container.decodeIfPresent(String.self, forKey: .code) ?? "None")
        message = try container.decodeIfPresent(String.self, forKey: .message)
        item = try container.decodeIfPresent(DynamoDBItem.self, forKey: .item)
    }

    private enum CodingKeys: String, CodingKey {
        case code = "Code"
        case message = "Message"
        case item = "Item"
    }

    /// Whether this item was the reason the transaction failed (its code is not `None`).
    public var isFailure: Bool { code != .none }
}

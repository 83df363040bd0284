import LambdaEvents

/// Why one item of a cancelled transaction failed, as `CancellationReasons` lists it; `Code` is
/// `None` for items that were fine.
public struct CancellationReason: Codable, Sendable, Hashable {
    /// `None`, `ConditionalCheckFailed`, `ValidationError`, ...
    public var code: String?
    /// The message of the failure, absent for `None`.
    public var message: String?
    /// The item as it was, when `ReturnValuesOnConditionCheckFailure` asked for it.
    public var item: DynamoDBItem?

    /// Creates a reason.
    public init(code: String?, message: String? = nil, item: DynamoDBItem? = nil) {
        self.code = code
        self.message = message
        self.item = item
    }

    /// The reason of an item that did not fail.
    public static let none = CancellationReason(code: "None")

    enum CodingKeys: String, CodingKey {
        case code = "Code"
        case message = "Message"
        case item = "Item"
    }
}

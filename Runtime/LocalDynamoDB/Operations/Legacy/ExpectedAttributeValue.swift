import LambdaEvents

/// One entry of the legacy `Expected` map of PutItem, UpdateItem and DeleteItem: either
/// `Value`/`Exists` or `ComparisonOperator`/`AttributeValueList`.
public struct ExpectedAttributeValue: Codable, Sendable, Hashable {
    /// The value the attribute must equal (with `Exists` absent or true).
    public var value: AttributeValue?
    /// False: the attribute must be absent; true (the default) needs a `Value`.
    public var exists: Bool?
    /// `EQ`, `NE`, `LE`, `LT`, `GE`, `GT`, `NOT_NULL`, `NULL`, `CONTAINS`, `NOT_CONTAINS`,
    /// `BEGINS_WITH`, `IN` or `BETWEEN`.
    public var comparisonOperator: String?
    /// The operator's operands.
    public var attributeValueList: [AttributeValue]?

    /// Creates an entry; set `value`/`exists` or `comparisonOperator`/`attributeValueList`.
    public init(value: AttributeValue? = nil, exists: Bool? = nil, comparisonOperator: String? = nil,
                attributeValueList: [AttributeValue]? = nil) {
        self.value = value
        self.exists = exists
        self.comparisonOperator = comparisonOperator
        self.attributeValueList = attributeValueList
    }

    enum CodingKeys: String, CodingKey {
        case value = "Value"
        case exists = "Exists"
        case comparisonOperator = "ComparisonOperator"
        case attributeValueList = "AttributeValueList"
    }
}

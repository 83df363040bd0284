import LambdaEvents

/// The legacy `Condition` of `KeyConditions`, `QueryFilter` and `ScanFilter`: an operator and its
/// operands, applied to the attribute the map names.
public struct ComparisonCondition: Codable, Sendable, Hashable {
    /// The operator, as in ``ExpectedAttributeValue/comparisonOperator``; required.
    public var comparisonOperator: String?
    /// The operator's operands.
    public var attributeValueList: [AttributeValue]?

    /// Creates a condition.
    public init(_ comparisonOperator: String?, _ attributeValueList: [AttributeValue]? = nil) {
        self.comparisonOperator = comparisonOperator
        self.attributeValueList = attributeValueList
    }

    enum CodingKeys: String, CodingKey {
        case comparisonOperator = "ComparisonOperator"
        case attributeValueList = "AttributeValueList"
    }
}

import LambdaEvents

extension ComparisonCondition {
    /// The operator and its checked operands; `member` names the map entry in errors, such as
    /// `queryFilter.status`.
    func checked(member: String) throws(DynamoDBServiceError) -> (ComparisonOperator, [AttributeValue]) {
        let comparison = try ComparisonOperator(comparisonOperator, member: "\(member).member.comparisonOperator")
        return (comparison, try comparison.checked(attributeValueList ?? []))
    }
}

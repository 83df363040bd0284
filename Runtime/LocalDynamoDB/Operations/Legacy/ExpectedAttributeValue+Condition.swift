import LambdaEvents

extension ExpectedAttributeValue {
    /// The condition this entry puts on the attribute `name`, after DynamoDB's checks of which
    /// members go together.
    func condition(on name: String) throws(DynamoDBServiceError) -> Condition {
        func invalid(_ detail: String) -> DynamoDBServiceError {
            .validation("One or more parameter values were invalid: \(detail) for Attribute: \(name)")
        }
        if value != nil, attributeValueList != nil {
            throw invalid("Value and AttributeValueList cannot be used together")
        }
        if let comparisonOperator {
            if exists != nil { throw invalid("Exists and ComparisonOperator cannot be used together") }
            let comparison = try ComparisonOperator(comparisonOperator, member: "expected.\(name).member.comparisonOperator")
            // A lone Value stands for a one-element AttributeValueList.
            let operands = attributeValueList ?? value.map { [$0] }
            if comparison.takesOperands, operands == nil {
                throw .validation("One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: \(comparisonOperator) for Attribute: \(name)")
            }
            return comparison.condition(on: name, operands: try comparison.checked(operands ?? []))
        }
        if attributeValueList != nil {
            throw invalid("AttributeValueList can only be used with a ComparisonOperator")
        }
        switch (exists, value) {
        case (false?, nil):
            return .attributeNotExists(DocumentPath(attribute: name))
        case (false?, _?):
            throw invalid("Value cannot be used when Exists is false")
        case (_, let value?):
            return ComparisonOperator.equal.condition(on: name, operands: try ComparisonOperator.equal.checked([value]))
        case (nil, nil):
            throw invalid("Value must be provided when Exists is null")
        case (true?, nil):
            throw invalid("Value must be provided when Exists is true")
        }
    }
}

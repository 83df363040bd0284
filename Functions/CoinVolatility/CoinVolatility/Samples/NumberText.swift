import AWSClient
import LambdaEvents

/// Doubles as DynamoDB number text and back, exactly: Swift writes the shortest text that reads
/// back as the same double, so a stored figure loses nothing between invocations.
enum NumberText {
    /// The text of a finite double; a non-finite one (which no figure here can become) is written
    /// as 0, and so is one below DynamoDB's smallest magnitude (1e-130), which only the low part of
    /// a ``DoubleDouble`` could be and which no price window can notice.
    static func of(_ value: Double) -> String {
        guard abs(value) >= 1e-120 else { return "0" }
        return DynamoDBNumber(value)?.text ?? "0"
    }

    /// The double a number attribute holds, `nil` when the attribute is not a finite number.
    static func double(_ value: AttributeValue?) -> Double? {
        guard let text = value?.numberText, let double = Double(text), double.isFinite else { return nil }
        return double
    }

    /// The integer a number attribute holds, `nil` when it is not a whole number.
    static func integer(_ value: AttributeValue?) -> Int64? {
        guard let text = value?.numberText else { return nil }
        return DynamoDBNumber(text)?.int64Value
    }
}

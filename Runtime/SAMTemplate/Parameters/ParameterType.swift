/// How a parameter's value is read, derived from its declared `Type`.
public enum ParameterType: Sendable, Hashable {
    /// `String`, and every AWS-specific type that is not a list (such as `AWS::EC2::VPC::Id`).
    case string
    /// `Number`: the value must be a number, and `Ref` gives its text.
    case number
    /// `CommaDelimitedList` and `List<...>` types other than `List<Number>`: `Ref` gives a list of strings.
    case stringList
    /// `List<Number>`: every element must be a number.
    case numberList

    /// Reads a declared `Type` such as `Number` or `List<AWS::EC2::Subnet::Id>`.
    public init(declaredType: String) {
        let type = declaredType.trimmingWhitespace()
        switch type {
        case "Number": self = .number
        case "List<Number>": self = .numberList
        case "CommaDelimitedList": self = .stringList
        default:
            let isList = type.hasPrefix("List<")
                || type.hasPrefix("AWS::SSM::Parameter::Value<List<")
                || type == "AWS::SSM::Parameter::Value<CommaDelimitedList>"
            self = isList ? .stringList : .string
        }
    }

    /// Whether `Ref` to the parameter gives a list.
    public var isList: Bool { self == .stringList || self == .numberList }
}

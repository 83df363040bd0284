/// A CloudFormation intrinsic function, named by its long form.
public enum IntrinsicFunction: String, Sendable, Hashable, CaseIterable {
    /// `Ref`: a parameter, pseudo parameter or resource.
    case ref = "Ref"
    /// `Fn::GetAtt`: an attribute of a resource.
    case getAtt = "Fn::GetAtt"
    /// `Fn::Sub`: string interpolation.
    case sub = "Fn::Sub"
    /// `Fn::If`: one of two values, chosen by a condition.
    case `if` = "Fn::If"
    /// `Fn::Equals`: whether two values are equal.
    case equals = "Fn::Equals"
    /// `Fn::Not`: the negation of a condition.
    case not = "Fn::Not"
    /// `Fn::And`: whether all conditions hold.
    case and = "Fn::And"
    /// `Fn::Or`: whether any condition holds.
    case or = "Fn::Or"
    /// `Condition`: the value of a named condition.
    case condition = "Condition"
    /// `Fn::Join`: list elements joined by a delimiter.
    case join = "Fn::Join"
    /// `Fn::Select`: one element of a list.
    case select = "Fn::Select"
    /// `Fn::Split`: a string split into a list.
    case split = "Fn::Split"
    /// `Fn::FindInMap`: a value from the `Mappings` section.
    case findInMap = "Fn::FindInMap"
    /// `Fn::GetAZs`: the availability zones of a region.
    case getAZs = "Fn::GetAZs"
    /// `Fn::Base64`: a string encoded as base64.
    case base64 = "Fn::Base64"
    /// `Fn::ImportValue`: an output exported by another stack; unknown locally.
    case importValue = "Fn::ImportValue"
    /// `Fn::Cidr`: address blocks; not computed locally.
    case cidr = "Fn::Cidr"
    /// `Fn::Transform`: a macro; not run locally.
    case transform = "Fn::Transform"

    /// The YAML short-form tag, such as `!Ref` or `!GetAtt`.
    public var shortFormTag: String {
        let name = rawValue.hasPrefix("Fn::") ? String(rawValue.dropFirst(4)) : rawValue
        return "!" + name
    }

    /// The function whose short-form tag is `tag` (`!Sub` gives `.sub`).
    public init?(shortFormTag tag: String) {
        guard let function = Self.allCases.first(where: { $0.shortFormTag == tag }) else { return nil }
        self = function
    }

    /// Whether the function yields a boolean and may appear inside `Conditions`.
    var isConditionFunction: Bool {
        switch self {
        case .equals, .not, .and, .or, .condition: true
        default: false
        }
    }
}

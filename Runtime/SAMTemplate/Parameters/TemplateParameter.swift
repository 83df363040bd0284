/// A parameter declared in the `Parameters` section.
public struct TemplateParameter: Sendable, Hashable {
    /// The parameter's logical name.
    public var name: String
    /// The `Type` as written, such as `String` or `List<Number>`.
    public var declaredType: String
    /// How the value is read.
    public var type: ParameterType
    /// The `Default` as text, as CloudFormation would pass it.
    public var defaultValue: String?
    /// `AllowedValues`, when declared.
    public var allowedValues: [String]?
    /// `AllowedPattern`, a regular expression the whole value must match.
    public var allowedPattern: String?
    /// `MinValue` of a number.
    public var minValue: Double?
    /// `MaxValue` of a number.
    public var maxValue: Double?
    /// `MinLength` of a string.
    public var minLength: Int?
    /// `MaxLength` of a string.
    public var maxLength: Int?
    /// Where the parameter is declared.
    public var location: SourceLocation

    /// Creates a parameter of `declaredType` with no constraints.
    public init(name: String, declaredType: String, defaultValue: String? = nil, location: SourceLocation) {
        self.name = name
        self.declaredType = declaredType
        self.type = ParameterType(declaredType: declaredType)
        self.defaultValue = defaultValue
        self.location = location
    }
}

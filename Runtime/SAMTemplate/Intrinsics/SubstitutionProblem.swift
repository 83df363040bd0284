/// Why the text of an `Fn::Sub` cannot be read.
enum SubstitutionProblem: Error, Equatable {
    /// A `${` with no `}` after it; the text from the `${` on.
    case unclosed(String)
    /// `${}`.
    case emptyVariable
    /// A name with characters CloudFormation does not allow in one.
    case invalidName(String)

    var message: String {
        switch self {
        case .unclosed(let text):
            "Fn::Sub has a variable that is never closed: '\(text)' needs a '}' (write ${!Name} for a literal ${Name})"
        case .emptyVariable:
            "Fn::Sub has an empty variable '${}'; name a parameter, resource or attribute, or write ${!} for a literal ${}"
        case .invalidName(let name):
            "Fn::Sub variable '${\(name)}' has characters a variable name cannot have: variable names in Fn::Sub "
                + "syntax must contain only alphanumeric characters, underscores, periods, and colons "
                + "(write ${!\(name)} for a literal ${\(name)})"
        }
    }
}

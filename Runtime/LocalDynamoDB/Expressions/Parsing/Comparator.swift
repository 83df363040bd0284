/// The six comparison operators of conditions.
public enum Comparator: String, Sendable, Hashable, CaseIterable {
    /// `=`
    case equal = "="
    /// `<>`
    case notEqual = "<>"
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="

    /// Whether the operator orders its operands, so only strings, numbers and binary make sense.
    var isOrdering: Bool { self != .equal && self != .notEqual }
}

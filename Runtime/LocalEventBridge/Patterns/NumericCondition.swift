/// The range a `numeric` filter accepts: an optional lower and upper bound, each open or closed.
/// `["=", x]` is the closed range from x to x.
struct NumericCondition: Sendable, Hashable {
    struct Bound: Sendable, Hashable {
        var value: Double
        var inclusive: Bool
    }

    var lower: Bound?
    var upper: Bound?

    func contains(_ number: Double) -> Bool {
        if let lower {
            guard lower.inclusive ? number >= lower.value : number > lower.value else { return false }
        }
        if let upper {
            guard upper.inclusive ? number <= upper.value : number < upper.value else { return false }
        }
        return true
    }
}

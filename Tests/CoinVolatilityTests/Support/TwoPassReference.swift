/// The mean and population variance of a list of prices computed directly: a first pass for the
/// mean, a second for the squared deviations from it, both with compensated (Neumaier) sums and
/// relative to the first price, so that the reference is more accurate than what it checks.
struct TwoPassReference {
    let mean: Double
    let variance: Double

    init(_ values: [Double]) {
        precondition(!values.isEmpty)
        let origin = values[0]
        let meanOffset = Self.sum(values.map { $0 - origin }) / Double(values.count)
        let mean = origin + meanOffset
        self.mean = mean
        variance = Self.sum(values.map { let deviation = ($0 - origin) - meanOffset; return deviation * deviation }) / Double(values.count)
    }

    var standardDeviation: Double { variance.squareRoot() }

    private static func sum(_ values: [Double]) -> Double {
        var sum = 0.0
        var compensation = 0.0
        for value in values {
            let total = sum + value
            compensation += abs(sum) >= abs(value) ? (sum - total) + value : (value - total) + sum
            sum = total
        }
        return sum + compensation
    }
}

/// Whether `value` is within `tolerance` of `reference`, relative to the reference.
func isClose(_ value: Double?, _ reference: Double, relative tolerance: Double = 1e-9) -> Bool {
    guard let value, value.isFinite else { return false }
    if reference == 0 { return abs(value) <= 1e-300 }
    return abs(value - reference) <= tolerance * abs(reference)
}

/// The mean and standard deviation of a window of prices that samples enter and leave one at a
/// time, with O(1) work per change and no re-reading of the window.
///
/// It keeps the count, the sum and the sum of squares of the prices' deviations from a fixed
/// `shift` (the first price of the window), the sums in ``DoubleDouble`` (about 106 bits), and
/// derives the mean and variance when asked: `M2 = Σd² - (Σd)² / n`.
///
/// Why not Welford's running mean and M2 with removal as its inverse: every removal rounds, and
/// what it rounds is the size of the squared deviations at the time. A window that was volatile
/// (a spread of hundreds) and then went quiet (a spread of cents) keeps the volatile days'
/// rounding in M2 long after their prices left, far above the quiet day's true value. Here each
/// price contributes the same deviation `price - shift` on the way in and on the way out (the
/// shift does not move while the window holds prices), its square is exact, and the sums round
/// only at the 106th bit: what leaves takes out exactly what it brought, to within 1e-32 of the
/// largest sum the window ever held.
///
/// The shift keeps the numbers small: prices around 60,000 that move by cents would otherwise
/// spend most of their digits on the 60,000, and `price - shift` is exact for prices within a
/// factor of two of it (Sterbenz). An emptied window starts afresh with the next price as its shift.
public struct RollingStandardDeviation: Sendable, Hashable {
    /// How many samples the window holds.
    public private(set) var count: Int
    /// The reference point deviations are measured from: the first price of the window.
    public private(set) var shift: Double
    /// The sum of the deviations `price - shift`.
    public private(set) var sum: DoubleDouble
    /// The sum of their squares.
    public private(set) var sumOfSquares: DoubleDouble

    /// An empty window.
    public init() {
        self.init(count: 0, shift: 0, sum: .zero, sumOfSquares: .zero)
    }

    /// A window restored from its stored figures.
    public init(count: Int, shift: Double, sum: DoubleDouble, sumOfSquares: DoubleDouble) {
        self.count = max(count, 0)
        self.shift = shift
        self.sum = sum
        self.sumOfSquares = sumOfSquares
        if self.count == 0 { self = RollingStandardDeviation(emptyWindow: ()) }
    }

    private init(emptyWindow: Void) {
        count = 0
        shift = 0
        sum = .zero
        sumOfSquares = .zero
    }

    /// The mean of the window, `nil` when it is empty.
    public var mean: Double? {
        guard count > 0 else { return nil }
        return shift + (sum / Double(count)).value
    }

    /// The sum of squared deviations from the mean (M2), never below zero.
    public var sumOfSquaredDeviations: Double? {
        guard count > 0 else { return nil }
        let m2 = (sumOfSquares - sum * sum / Double(count)).value
        // Rounding at the 106th bit can leave a window of equal prices a hair below zero.
        return max(m2, 0)
    }

    /// The population variance (M2 / n), `nil` when the window is empty.
    public var populationVariance: Double? {
        sumOfSquaredDeviations.map { $0 / Double(count) }
    }

    /// The sample variance (M2 / (n - 1)), `nil` with fewer than two samples.
    public var sampleVariance: Double? {
        guard count > 1 else { return nil }
        return sumOfSquaredDeviations.map { $0 / Double(count - 1) }
    }

    /// The population standard deviation, `nil` when the window is empty: the spread of the prices
    /// the window actually holds, defined (as 0) from the first sample on.
    public var standardDeviation: Double? { populationVariance.map { $0.squareRoot() } }

    /// Adds a sample to the window.
    public mutating func add(_ value: Double) {
        if count == 0 { shift = value }
        let deviation = value - shift
        count += 1
        sum = sum + DoubleDouble(deviation)
        sumOfSquares = sumOfSquares + .square(deviation)
    }

    /// Removes a sample the window holds.
    /// - Returns: `false`, changing nothing, when the window is empty (the sample cannot be in it).
    @discardableResult
    public mutating func remove(_ value: Double) -> Bool {
        guard count > 0 else { return false }
        guard count > 1 else {
            self = RollingStandardDeviation()
            return true
        }
        let deviation = value - shift
        count -= 1
        sum = sum - DoubleDouble(deviation)
        sumOfSquares = sumOfSquares - .square(deviation)
        return true
    }
}

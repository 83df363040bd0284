extension DynamoDBNumber {
    /// Bytes whose unsigned lexicographic order (SQLite's BLOB order, `memcmp`) is numeric order.
    ///
    /// Layout: one class byte, `0x01` negative, `0x02` zero, `0x03` positive. Zero stops there.
    /// A positive number follows with its exponent biased into one byte (`exponent + 130`, 0...255),
    /// then one byte per significant digit (0...9); with no trailing zeros a shorter digit string
    /// that is a prefix of a longer one is the smaller number, as memcmp orders it. A negative
    /// number stores `255 - biased exponent` and `9 - digit`, then a `0xFF` terminator, so larger
    /// magnitudes sort first and a prefix (the smaller magnitude) sorts after its extensions.
    /// Equal numbers always encode equally, whatever text they were written in.
    public var sortableBytes: [UInt8] {
        if isZero { return [0x02] }
        let biased = UInt8(clamping: exponent - Self.minimumExponent)
        if !isNegative { return [0x03, biased] + digits }
        return [0x01, 255 - biased] + digits.map { 9 - $0 } + [0xFF]
    }
}

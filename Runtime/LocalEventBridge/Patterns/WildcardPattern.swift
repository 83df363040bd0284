/// A `wildcard` filter's text: literal pieces with `*` standing for any run of characters,
/// including none. `\*` is a literal asterisk and `\\` a literal backslash.
struct WildcardPattern: Sendable, Hashable {
    /// The literal pieces between the asterisks; a pattern with no asterisk has one piece.
    let pieces: [[Unicode.Scalar]]

    init(_ text: String) throws(EventPatternError) {
        var pieces: [[Unicode.Scalar]] = [[]]
        var escaping = false
        var previousWasWildcard = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if escaping {
                guard scalar == "*" || scalar == "\\" else {
                    throw EventPatternError(reason: "Invalid escape character at pos \(offset - 1)")
                }
                pieces[pieces.count - 1].append(scalar)
                escaping = false
                previousWasWildcard = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar == "*" {
                // Two asterisks in a row mean nothing more than one; EventBridge refuses them.
                guard !previousWasWildcard else {
                    throw EventPatternError(reason: "Consecutive wildcard characters at pos \(offset - 1)")
                }
                pieces.append([])
                previousWasWildcard = true
            } else {
                pieces[pieces.count - 1].append(scalar)
                previousWasWildcard = false
            }
        }
        if escaping {
            throw EventPatternError(reason: "Invalid escape character at pos \(text.unicodeScalars.count - 1)")
        }
        self.pieces = pieces
    }

    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard pieces.count > 1 else { return scalars == pieces[0] }
        let first = pieces[0], last = pieces[pieces.count - 1]
        guard scalars.count >= first.count + last.count,
              scalars.starts(with: first),
              scalars[(scalars.count - last.count)...].elementsEqual(last)
        else { return false }
        // Each middle piece is taken at its earliest place: with only `*` between pieces, an
        // earlier place never leaves less room for the pieces after it.
        var position = first.count
        let end = scalars.count - last.count
        for piece in pieces.dropFirst().dropLast() {
            guard let found = Self.firstIndex(of: piece, in: scalars, from: position, before: end) else {
                return false
            }
            position = found + piece.count
        }
        return true
    }

    private static func firstIndex(
        of piece: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int, before end: Int
    ) -> Int? {
        guard end - start >= piece.count else { return nil }
        for index in start...(end - piece.count) where scalars[index..<(index + piece.count)].elementsEqual(piece) {
            return index
        }
        return nil
    }
}

/// Matching text against a pattern where `*` stands for any run of characters, without regard to
/// case: allowed origins such as `https://*.example.com`, binary media types such as `image/*`.
enum WildcardPattern {
    static func matches(_ text: String, pattern: String) -> Bool {
        let pieces = pattern.lowercased().split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(text.lowercased())
        guard let first = pieces.first, rest.hasPrefix(first) else { return false }
        rest = rest.dropFirst(first.count)
        if pieces.count == 1 { return rest.isEmpty }
        for piece in pieces.dropFirst().dropLast() {
            guard let range = rest.firstRange(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        return rest.hasSuffix(pieces.last ?? "")
    }
}

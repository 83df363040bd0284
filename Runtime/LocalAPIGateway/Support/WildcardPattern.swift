/// Matching text against a pattern where `*` stands for any run of characters, by default without
/// regard to case: allowed origins such as `https://*.example.com`, binary media types such as
/// `image/*`; with case, the resources of an authorizer's policy.
enum WildcardPattern {
    static func matches(_ text: String, pattern: String, ignoringCase: Bool = true) -> Bool {
        let pieces = (ignoringCase ? pattern.lowercased() : pattern).split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(ignoringCase ? text.lowercased() : text)
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

/// Refuses documents nested so deeply that composing them recursively could exhaust the stack.
///
/// Every later step (reading, resolving, merging Globals) recurses once per level too, with frames
/// of several kilobytes in a debug build, and may run on a concurrency pool thread with about
/// 512 KB of stack; real templates nest a dozen levels, so the limit leaves them ample room.
///
/// Flow collections (`[[[...]]]`) are the only way to nest deeply on a short line, so this counts
/// brackets outside quoted text and comments; block nesting is bounded by indentation, which is
/// counted too. Quoted text rarely spans lines in templates, so quotes end at a line break.
enum NestingDepthCheck {
    static let limit = 40

    /// The line of the first place where nesting passes `limit`, if any.
    static func lineExceedingLimit(in text: String) -> Int? {
        var line = 1
        var flowDepth = 0
        var quote: Character?
        var atLineStart = true
        var indentation = 0
        var previous: Character = " "
        for character in text {
            if character == "\n" {
                line += 1
                atLineStart = true
                indentation = 0
                quote = nil
                previous = character
                continue
            }
            if atLineStart {
                if character == " " || character == "-" {
                    indentation += 1
                    if indentation > limit * 4 { return line }
                } else {
                    atLineStart = false
                }
            }
            if let open = quote {
                if open != "#", character == open, open == "'" || previous != "\\" { quote = nil }
            } else {
                switch character {
                case "\"" where " \t[{,:\n".contains(previous), "'" where " \t[{,:\n".contains(previous):
                    quote = character
                case "#" where previous == " " || previous == "\t": quote = "#"
                case "[", "{":
                    flowDepth += 1
                    if flowDepth > limit { return line }
                case "]", "}": flowDepth = max(0, flowDepth - 1)
                default: break
                }
            }
            previous = character
        }
        return nil
    }
}

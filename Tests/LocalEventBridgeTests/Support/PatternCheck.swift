import Foundation
import LocalEventBridge

/// Whether `event` (JSON text) matches `pattern` (JSON text); fails the test on invalid input.
func matches(_ pattern: String, _ event: String) throws -> Bool {
    try EventPattern(json: pattern).matches(event: Data(event.utf8))
}

/// The reason a pattern is refused, or `nil` when it parses.
func refusal(_ pattern: String) -> String? {
    do {
        _ = try EventPattern(json: pattern)
        return nil
    } catch {
        return error.reason
    }
}

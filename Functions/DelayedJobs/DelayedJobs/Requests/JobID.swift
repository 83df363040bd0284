#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Job ids: lowercase UUIDs, made up when a job is accepted.
public enum JobID {
    /// A fresh id.
    public static func generate() -> String {
        UUID().uuidString.lowercased()
    }

    /// Whether `text` could be a job id; anything else names no job and is not looked up.
    public static func isPlausible(_ text: String) -> Bool {
        text.count == 36 && UUID(uuidString: text) != nil && text == text.lowercased()
    }
}

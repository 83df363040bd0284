/// A bus named either by its name or by its ARN (`arn:aws:events:<region>:<account>:event-bus/<name>`),
/// as `EventBusName` accepts both.
enum EventBusName {
    static let defaultBus = "default"

    /// The bus's name, whichever way it was given; the default bus when none was.
    static func normalize(_ nameOrARN: String?) -> String {
        guard let nameOrARN, !nameOrARN.isEmpty else { return defaultBus }
        if nameOrARN.hasPrefix("arn:"), let range = nameOrARN.range(of: ":event-bus/") {
            return String(nameOrARN[range.upperBound...])
        }
        return nameOrARN
    }
}

/// The keys that sign requests: an access key pair and, for temporary credentials such as a
/// Lambda execution role's, a session token.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible {
    /// The access key ID, such as `AKIAIOSFODNN7EXAMPLE` or, for temporary credentials, `ASIA...`.
    public var accessKeyID: String
    /// The secret access key. Never printed.
    public var secretAccessKey: String
    /// The session token that comes with temporary credentials, or `nil` for long-term keys.
    public var sessionToken: String?

    /// Creates credentials from their parts.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// Reads `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`, as Lambda sets
    /// them for the execution role; `nil` when either key is missing or empty.
    public init?(environment: [String: String]) {
        guard let accessKeyID = environment["AWS_ACCESS_KEY_ID"], !accessKeyID.isEmpty,
            let secretAccessKey = environment["AWS_SECRET_ACCESS_KEY"], !secretAccessKey.isEmpty
        else { return nil }
        let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        self.init(accessKeyID: accessKeyID, secretAccessKey: secretAccessKey, sessionToken: token)
    }

    /// The access key ID only: secrets stay out of logs.
    public var description: String {
        "AWSCredentials(accessKeyID: \(accessKeyID), sessionToken: \(sessionToken == nil ? "none" : "present"))"
    }
}

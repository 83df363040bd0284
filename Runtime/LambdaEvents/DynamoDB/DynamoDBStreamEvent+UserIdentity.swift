extension DynamoDBStreamEvent {
    /// Who made a change, present when DynamoDB made it itself (a TTL deletion).
    public struct UserIdentity: Codable, Sendable, Hashable {
        /// The kind of principal, `Service` for TTL deletions.
        public var type: String
        /// The principal, `dynamodb.amazonaws.com` for TTL deletions.
        public var principalId: String

        /// Creates a user identity.
        public init(type: String, principalId: String) {
            self.type = type
            self.principalId = principalId
        }

        /// The identity DynamoDB puts on records of items that time to live deleted.
        public static let timeToLive = UserIdentity(type: "Service", principalId: "dynamodb.amazonaws.com")
    }
}

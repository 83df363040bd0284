extension DynamoDBStreamEvent {
    /// One change to one item.
    public struct Record: Codable, Sendable, Hashable {
        /// The record's unique identifier.
        public var eventID: String
        /// What happened to the item.
        public var eventName: EventName
        /// The record format version, such as `"1.1"`.
        public var eventVersion: String
        /// The source, `"aws:dynamodb"`.
        public var eventSource: String
        /// The table's region.
        public var awsRegion: String
        /// The ARN of the table's stream.
        public var eventSourceARN: String
        /// Who made the change, when it was DynamoDB itself: TTL deletions carry
        /// `type` `Service` and `principalId` `dynamodb.amazonaws.com`.
        public var userIdentity: UserIdentity?
        /// The change itself.
        public var dynamodb: StreamRecord

        /// Creates a record.
        public init(
            eventID: String,
            eventName: EventName,
            eventVersion: String = "1.1",
            eventSource: String = "aws:dynamodb",
            awsRegion: String,
            eventSourceARN: String,
            userIdentity: UserIdentity? = nil,
            dynamodb: StreamRecord
        ) {
            self.eventID = eventID
            self.eventName = eventName
            self.eventVersion = eventVersion
            self.eventSource = eventSource
            self.awsRegion = awsRegion
            self.eventSourceARN = eventSourceARN
            self.userIdentity = userIdentity
            self.dynamodb = dynamodb
        }
    }
}

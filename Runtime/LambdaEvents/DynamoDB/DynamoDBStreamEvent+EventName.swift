extension DynamoDBStreamEvent {
    /// What happened to an item. A struct rather than an enum so that a name this code does not
    /// know still decodes.
    public struct EventName: RawRepresentable, Codable, Sendable, Hashable {
        /// The name as sent, such as `INSERT`.
        public var rawValue: String

        /// Creates an event name from its wire text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The item was added.
        public static let insert = EventName(rawValue: "INSERT")
        /// One or more of the item's attributes changed.
        public static let modify = EventName(rawValue: "MODIFY")
        /// The item was deleted.
        public static let remove = EventName(rawValue: "REMOVE")
    }
}

extension DynamoDBStreamEvent {
    /// Which images a stream records. A struct rather than an enum so that a value this code does
    /// not know still decodes.
    public struct StreamViewType: RawRepresentable, Codable, Sendable, Hashable {
        /// The view type as sent, such as `NEW_AND_OLD_IMAGES`.
        public var rawValue: String

        /// Creates a view type from its wire text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// Only the key attributes.
        public static let keysOnly = StreamViewType(rawValue: "KEYS_ONLY")
        /// The item as it is after the change.
        public static let newImage = StreamViewType(rawValue: "NEW_IMAGE")
        /// The item as it was before the change.
        public static let oldImage = StreamViewType(rawValue: "OLD_IMAGE")
        /// The item both before and after the change.
        public static let newAndOldImages = StreamViewType(rawValue: "NEW_AND_OLD_IMAGES")
    }
}

/// The DescribeTimeToLive answer.
public struct DescribeTimeToLiveOutput: Codable, Sendable, Hashable {
    /// `TimeToLiveDescription`: status and attribute.
    public struct Description: Codable, Sendable, Hashable {
        /// `ENABLED` or `DISABLED`.
        public var timeToLiveStatus: String
        /// The expiry attribute, when enabled.
        public var attributeName: String?

        enum CodingKeys: String, CodingKey {
            case timeToLiveStatus = "TimeToLiveStatus"
            case attributeName = "AttributeName"
        }
    }

    /// The table's time-to-live setting.
    public var timeToLiveDescription: Description

    enum CodingKeys: String, CodingKey {
        case timeToLiveDescription = "TimeToLiveDescription"
    }
}

/// UpdateTimeToLive's `TimeToLiveSpecification`, request and answer.
public struct TimeToLiveSpecification: Codable, Sendable, Hashable {
    /// Whether expired items are deleted.
    public var enabled: Bool
    /// The number attribute holding the expiry time in epoch seconds.
    public var attributeName: String

    /// Creates a specification.
    public init(enabled: Bool, attributeName: String) {
        self.enabled = enabled
        self.attributeName = attributeName
    }

    enum CodingKeys: String, CodingKey {
        case enabled = "Enabled"
        case attributeName = "AttributeName"
    }
}

/// The UpdateTimeToLive answer, echoing the setting.
public struct UpdateTimeToLiveOutput: Codable, Sendable, Hashable {
    /// The setting now in force.
    public var timeToLiveSpecification: TimeToLiveSpecification

    enum CodingKeys: String, CodingKey {
        case timeToLiveSpecification = "TimeToLiveSpecification"
    }
}

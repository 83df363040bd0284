#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The event an EventBridge schedule rule delivers: source `aws.events`, detail type
/// `Scheduled Event`, the rule's ARN in `resources`, and an empty `detail`.
public typealias ScheduledEvent = EventBridgeEvent<ScheduledEventDetail>

/// The detail of a ``ScheduledEvent``, which is always `{}`.
public struct ScheduledEventDetail: Codable, Sendable, Hashable {
    /// The `source` of every scheduled event.
    public static let source = "aws.events"
    /// The `detail-type` of every scheduled event.
    public static let detailType = "Scheduled Event"

    /// Creates the empty detail.
    public init() {}
}

extension EventBridgeEvent where Detail == ScheduledEventDetail {
    /// Creates the event a schedule rule delivers when it fires.
    /// - Parameters:
    ///   - id: The event's unique identifier.
    ///   - account: The account that owns the rule.
    ///   - region: The rule's region.
    ///   - time: When the schedule fired.
    ///   - ruleARN: The ARN of the schedule rule, which becomes the event's only resource.
    public init(id: String, account: String, region: String, time: Date, ruleARN: String) {
        self.init(
            id: id,
            detailType: ScheduledEventDetail.detailType,
            source: ScheduledEventDetail.source,
            account: account,
            time: time,
            region: region,
            resources: [ruleARN],
            detail: ScheduledEventDetail()
        )
    }
}

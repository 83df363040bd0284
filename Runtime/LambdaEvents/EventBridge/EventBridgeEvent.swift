#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An event delivered by EventBridge, from a bus rule or a schedule.
///
/// `Detail` is the event's payload type; use ``JSONValue`` when its shape is not known in advance.
/// The event is `Decodable`, and also `Encodable`, `Equatable` or `Hashable` when `Detail` is.
public struct EventBridgeEvent<Detail: Decodable & Sendable>: Sendable {
    /// The event format version, `"0"`.
    public var version: String
    /// The event's unique identifier.
    public var id: String
    /// What kind of event this is, such as `Order Placed` (`detail-type` on the wire).
    public var detailType: String
    /// Who sent the event, such as `com.example.orders` or `aws.events`.
    public var source: String
    /// The AWS account the event belongs to.
    public var account: String
    /// When the event happened, to the second.
    public var time: Date
    /// The region the event happened in.
    public var region: String
    /// ARNs of the resources the event concerns; a schedule puts its rule's ARN here.
    public var resources: [String]
    /// The event's payload.
    public var detail: Detail

    /// Creates an event.
    public init(
        version: String = "0",
        id: String,
        detailType: String,
        source: String,
        account: String,
        time: Date,
        region: String,
        resources: [String] = [],
        detail: Detail
    ) {
        self.version = version
        self.id = id
        self.detailType = detailType
        self.source = source
        self.account = account
        self.time = time
        self.region = region
        self.resources = resources
        self.detail = detail
    }
}

extension EventBridgeEvent: Equatable where Detail: Equatable {}
extension EventBridgeEvent: Hashable where Detail: Hashable {}

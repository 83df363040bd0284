import Foundation

/// One entry of a `PutEvents` request, as an SDK sends it (AWS JSON 1.1: `Time` in epoch seconds).
/// Every member is optional here so that a missing one is reported per entry, as EventBridge does,
/// rather than failing the whole request.
public struct PutEventsEntry: Decodable, Sendable, Hashable {
    public var source: String?
    public var detailType: String?
    public var detail: String?
    public var eventBusName: String?
    public var time: Double?
    public var resources: [String]?
    public var traceHeader: String?

    /// Creates an entry.
    public init(
        source: String?, detailType: String?, detail: String?, eventBusName: String? = nil,
        time: Double? = nil, resources: [String]? = nil, traceHeader: String? = nil
    ) {
        self.source = source
        self.detailType = detailType
        self.detail = detail
        self.eventBusName = eventBusName
        self.time = time
        self.resources = resources
        self.traceHeader = traceHeader
    }

    enum CodingKeys: String, CodingKey {
        case source = "Source"
        case detailType = "DetailType"
        case detail = "Detail"
        case eventBusName = "EventBusName"
        case time = "Time"
        case resources = "Resources"
        case traceHeader = "TraceHeader"
    }
}

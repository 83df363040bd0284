#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One event to publish with PutEvents.
public struct PutEventsEntry: Sendable, Encodable {
    /// Who sends the event, such as `com.example.orders`; rules match on it.
    public var source: String
    /// What happened, such as `OrderPlaced`; rules match on it.
    public var detailType: String
    /// The event's body: a JSON object, as text.
    public var detail: String
    /// The bus's name or ARN; the account's default bus when `nil`.
    public var eventBusName: String?
    /// ARNs of the resources the event is about.
    public var resources: [String]
    /// When it happened; the time of the call when `nil`.
    public var time: Date?
    /// An X-Ray trace header to carry the trace on to the event's targets.
    public var traceHeader: String?

    /// Creates an entry whose detail is JSON text already.
    public init(
        source: String,
        detailType: String,
        detail: String,
        eventBusName: String? = nil,
        resources: [String] = [],
        time: Date? = nil,
        traceHeader: String? = nil
    ) {
        self.source = source
        self.detailType = detailType
        self.detail = detail
        self.eventBusName = eventBusName
        self.resources = resources
        self.time = time
        self.traceHeader = traceHeader
    }

    /// Creates an entry whose detail is `detail` encoded as JSON.
    /// - Throws: `EncodingError` when `detail` cannot be encoded.
    public init(
        source: String,
        detailType: String,
        encoding detail: some Encodable,
        encoder: JSONEncoder = JSONEncoder(),
        eventBusName: String? = nil,
        resources: [String] = [],
        time: Date? = nil,
        traceHeader: String? = nil
    ) throws {
        let text = String(decoding: try encoder.encode(detail), as: UTF8.self)
        self.init(
            source: source, detailType: detailType, detail: text, eventBusName: eventBusName,
            resources: resources, time: time, traceHeader: traceHeader)
    }

    private enum CodingKeys: String, CodingKey {
        case source = "Source"
        case detailType = "DetailType"
        case detail = "Detail"
        case eventBusName = "EventBusName"
        case resources = "Resources"
        case time = "Time"
        case traceHeader = "TraceHeader"
    }

    /// Encodes the AWS JSON 1.1 shape; the time as seconds since 1970, the protocol's timestamp form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(detailType, forKey: .detailType)
        try container.encode(detail, forKey: .detail)
        try container.encodeIfPresent(eventBusName, forKey: .eventBusName)
        if !resources.isEmpty { try container.encode(resources, forKey: .resources) }
        try container.encodeIfPresent(time?.timeIntervalSince1970, forKey: .time)
        try container.encodeIfPresent(traceHeader, forKey: .traceHeader)
    }
}

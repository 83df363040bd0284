#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension EventBridgeEvent: Decodable {
    enum CodingKeys: String, CodingKey {
        case version, id, detailType = "detail-type", source, account, time, region, resources, detail
    }

    /// Decodes an event; `time` is read as ISO 8601 whatever the decoder's date strategy.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(String.self, forKey: .version)
        id = try container.decode(String.self, forKey: .id)
        detailType = try container.decode(String.self, forKey: .detailType)
        source = try container.decode(String.self, forKey: .source)
        account = try container.decode(String.self, forKey: .account)
        let timeText = try container.decode(String.self, forKey: .time)
        guard let time = EventTime.date(from: timeText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .time,
                in: container,
                debugDescription: "Event time \"\(timeText)\" is not an ISO 8601 date such as 2026-11-21T16:37:32Z"
            )
        }
        self.time = time
        region = try container.decode(String.self, forKey: .region)
        resources = try container.decodeIfPresent([String].self, forKey: .resources) ?? []
        detail = try container.decode(Detail.self, forKey: .detail)
    }
}

extension EventBridgeEvent: Encodable where Detail: Encodable {
    /// Encodes the event as EventBridge sends it, with `time` written as `2026-11-21T16:37:32Z`
    /// whatever the encoder's date strategy.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(id, forKey: .id)
        try container.encode(detailType, forKey: .detailType)
        try container.encode(source, forKey: .source)
        try container.encode(account, forKey: .account)
        try container.encode(EventTime.string(from: time), forKey: .time)
        try container.encode(region, forKey: .region)
        try container.encode(resources, forKey: .resources)
        try container.encode(detail, forKey: .detail)
    }
}

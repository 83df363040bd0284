import Foundation
import LambdaEvents

/// An event EventBridge accepted onto a bus, with the envelope it adds (`version`, `id`,
/// `account`, `time`, `region`) around the publisher's `source`, `detail-type` and `detail`.
public struct BusEvent: Sendable, Hashable {
    /// The bus's name.
    public var busName: String
    /// The event's id, returned to the publisher as `EventId`.
    public var id: String
    public var source: String
    public var detailType: String
    /// The detail exactly as published, so that numbers reach the target digit for digit.
    public var detailText: String
    /// The detail parsed, for matching against patterns.
    public var detail: JSONValue
    public var resources: [String]
    public var time: Date
    public var account: String
    public var region: String

    /// Checks an entry as EventBridge does and makes the event it publishes.
    /// - Parameters:
    ///   - entry: The entry of the `PutEvents` call.
    ///   - knownBuses: The names of the buses that exist.
    ///   - now: The time used when the entry gives none.
    /// - Throws: ``EntryRejection`` for this entry alone.
    public init(
        entry: PutEventsEntry, knownBuses: Set<String>, account: String, region: String,
        now: Date = Date(), id: String = UUID().uuidString.lowercased()
    ) throws(EntryRejection) {
        guard let source = entry.source, !source.isEmpty else { throw .missing("Source") }
        guard let detailType = entry.detailType, !detailType.isEmpty else { throw .missing("DetailType") }
        guard let detailText = entry.detail, !detailText.isEmpty else { throw .missing("Detail") }
        // Decoding recurses once per level, and matching once more: too deep a detail is refused first.
        guard !JSONNesting.exceeds(in: detailText.utf8) else { throw .deepDetail(limit: JSONNesting.limit) }
        // The detail must be a JSON object; EventBridge refuses anything else as malformed.
        guard let detail = try? JSONDecoder().decode(JSONValue.self, from: Data(detailText.utf8)),
              case .object = detail else { throw .malformedDetail }
        let busName = EventBusName.normalize(entry.eventBusName)
        guard knownBuses.contains(busName) else { throw .unknownBus(busName) }
        self.busName = busName
        self.id = id
        self.source = source
        self.detailType = detailType
        self.detailText = detailText
        self.detail = detail
        self.resources = entry.resources ?? []
        self.time = entry.time.map { Date(timeIntervalSince1970: $0) } ?? now
        self.account = account
        self.region = region
    }

    /// `2026-11-21T10:00:00Z`: UTC, whole seconds, as EventBridge writes `time`.
    var timestamp: String {
        Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down)).formatted(Date.ISO8601FormatStyle())
    }

    /// The event as patterns see it.
    public var envelope: JSONValue {
        [
            "version": "0",
            "id": .string(id),
            "detail-type": .string(detailType),
            "source": .string(source),
            "account": .string(account),
            "time": .string(timestamp),
            "region": .string(region),
            "resources": .array(resources.map { .string($0) }),
            "detail": detail,
        ]
    }

    /// The event as its targets receive it: the envelope as JSON text, with the publisher's
    /// detail spliced in unchanged.
    public var json: Data {
        let q = JSONStringLiteral.quote
        var text = #"{"version":"0","id":"# + q(id) + #","detail-type":"# + q(detailType) + #","source":"# + q(source)
        text += #","account":"# + q(account) + #","time":"# + q(timestamp) + #","region":"# + q(region)
        text += #","resources":["# + resources.map(q).joined(separator: ",") + #"],"detail":"# + detailText + "}"
        return Data(text.utf8)
    }
}

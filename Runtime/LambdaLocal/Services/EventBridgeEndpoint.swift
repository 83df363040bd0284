import Foundation
import LambdaEvents
import LocalEventBridge
import LocalHTTP
import NIOHTTP1
import LocalLambda
import NIOCore

/// EventBridge for SDK clients (`X-Amz-Target: AWSEvents.<Operation>`, AWS JSON 1.1): events put
/// on a bus are matched against the template's rules and the invocations they cause are stored
/// in the asynchronous-invocation queue before `PutEvents` answers, so an accepted event is never lost.
struct EventBridgeEndpoint: Sendable {
    static let targetPrefix = "AWSEvents"
    /// At most this many entries per `PutEvents` call.
    static let maxEntries = 10
    /// EventBridge's limit on the total size of a `PutEvents` call's entries.
    static let maxTotalEntrySize = 256 * 1_024

    let routing: EventRouting
    let queue: AsyncInvocationQueue
    let account: String
    let region: String
    let log: @Sendable (String) -> Void

    func perform(_ operation: Substring, body: ByteBuffer) async -> HTTPResponse {
        let data = Data(body.readableBytesView)
        switch operation {
        case "PutEvents": return await putEvents(data)
        case "ListEventBuses": return Self.ok(["EventBuses": .array(routing.busNames.sorted().map(busDescription))])
        case "DescribeEventBus":
            let name = (try? JSONDecoder().decode([String: String].self, from: data))?["Name"]
            let bus = name.map { $0.hasPrefix("arn:") ? String($0.split(separator: "/").last ?? "") : $0 } ?? "default"
            guard routing.busNames.contains(bus) else {
                return Self.error("ResourceNotFoundException", "Event bus \(bus) does not exist.")
            }
            return Self.ok(busDescription(bus))
        case "ListRules":
            let rules = routing.rules.map { rule -> JSONValue in
                ["Name": .string(rule.name), "EventBusName": .string(rule.busName), "State": "ENABLED",
                 "Arn": .string("arn:aws:events:\(region):\(account):rule/\(rule.busName)/\(rule.name)")]
            }
            return Self.ok(["Rules": .array(rules)])
        default:
            return Self.error("UnknownOperationException", "\(operation) is not an operation of EventBridge that lambda-local serves")
        }
    }

    private struct PutEventsInput: Decodable {
        var entries: [PutEventsEntry]?
        enum CodingKeys: String, CodingKey { case entries = "Entries" }
    }

    private func putEvents(_ data: Data) async -> HTTPResponse {
        let input: PutEventsInput
        do {
            input = try JSONDecoder().decode(PutEventsInput.self, from: data.isEmpty ? Data("{}".utf8) : data)
        } catch {
            return Self.error("SerializationException", "the request body could not be read: \(JSONText.describe(error))")
        }
        guard let entries = input.entries else {
            return Self.error("ValidationException", "1 validation error detected: Value null at 'entries' failed to satisfy constraint: Member must not be null")
        }
        guard (1...Self.maxEntries).contains(entries.count) else {
            return Self.error(
                "ValidationException",
                "1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length between 1 and \(Self.maxEntries)")
        }
        let size = entries.reduce(0) { $0 + Self.size(of: $1) }
        guard size <= Self.maxTotalEntrySize else {
            return Self.error("ValidationException", "Total size of the entries in the request is over the limit (\(size) > \(Self.maxTotalEntrySize) bytes).")
        }

        var results: [JSONValue] = []
        var requests: [AsyncInvocationRequest] = []
        var notes: [String] = []
        for entry in entries {
            do throws(EntryRejection) {
                let event = try BusEvent(entry: entry, knownBuses: routing.busNames, account: account, region: region)
                let deliveries = routing.deliveries(for: event)
                requests += deliveries.map { delivery in
                    AsyncInvocationRequest(functionName: delivery.function, payload: delivery.payload, origin: "rule \(delivery.ruleName)")
                }
                results.append(["EventId": .string(event.id)])
                let targets = deliveries.isEmpty ? "no rule matched" : "-> " + deliveries.map(\.function).joined(separator: ", ")
                notes.append("lambda-local: event \(event.detailType) from \(event.source) on bus \(event.busName): \(targets)")
            } catch {
                results.append(["ErrorCode": .string(error.code), "ErrorMessage": .string(error.message)])
            }
        }
        do {
            // All or nothing: once this returns, every invocation the accepted events cause is stored.
            try await queue.enqueue(requests)
        } catch {
            return Self.error("InternalException", "the events could not be stored: \(error)", status: .internalServerError)
        }
        notes.forEach(log)
        let failed = results.filter { $0["ErrorCode"] != nil }.count
        return Self.ok(["FailedEntryCount": .number(Double(failed)), "Entries": .array(results)])
    }

    /// EventBridge counts an entry's size from its text fields.
    private static func size(of entry: PutEventsEntry) -> Int {
        [entry.source, entry.detailType, entry.detail, entry.eventBusName, entry.traceHeader].reduce(0) { $0 + ($1?.utf8.count ?? 0) }
            + (entry.resources ?? []).reduce(0) { $0 + $1.utf8.count } + (entry.time == nil ? 0 : 14)
    }

    private func busDescription(_ name: String) -> JSONValue {
        ["Name": .string(name), "Arn": .string("arn:aws:events:\(region):\(account):event-bus/\(name)")]
    }

    static func ok(_ value: JSONValue) -> HTTPResponse {
        let json = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        var buffer = ByteBuffer()
        buffer.writeBytes(json)
        return HTTPResponse(status: .ok, headers: ["Content-Type": "application/x-amz-json-1.1"], body: buffer)
    }

    static func error(_ type: String, _ message: String, status: HTTPResponseStatus = .badRequest) -> HTTPResponse {
        .json(
            status, #"{"__type":"# + JSONStringLiteral.quote(type) + #","message":"# + JSONStringLiteral.quote(message) + "}",
            headers: ["Content-Type": "application/x-amz-json-1.1"])
    }
}

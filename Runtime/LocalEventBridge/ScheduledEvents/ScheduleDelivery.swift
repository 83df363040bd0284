import Foundation
import LambdaEvents

/// What a schedule sends its function each time it fires: the template's `Input` when it gives
/// one, otherwise the service's own scheduled event.
public struct ScheduleDelivery: Sendable, Hashable {
    /// The schedule that fires, named as AWS names it.
    public enum Schedule: Sendable, Hashable {
        /// An EventBridge rule (SAM `Schedule`), on the default bus.
        case rule(name: String)
        /// An EventBridge Scheduler schedule (SAM `ScheduleV2`) in a schedule group.
        case scheduler(name: String, group: String = "default")
    }

    /// The schedule.
    public var schedule: Schedule
    /// The account the schedule belongs to.
    public var account: String
    /// The region the schedule runs in.
    public var region: String
    /// The template's `Input`: JSON text sent instead of the scheduled event.
    public var input: String?

    /// Creates the delivery for a schedule.
    public init(schedule: Schedule, account: String, region: String, input: String? = nil) {
        self.schedule = schedule
        self.account = account
        self.region = region
        self.input = input
    }

    /// The schedule's ARN: `arn:aws:events:<region>:<account>:rule/<name>` for a rule,
    /// `arn:aws:scheduler:<region>:<account>:schedule/<group>/<name>` for a schedule.
    public var arn: String {
        switch schedule {
        case .rule(let name): "arn:aws:events:\(region):\(account):rule/\(name)"
        case .scheduler(let name, let group): "arn:aws:scheduler:\(region):\(account):schedule/\(group)/\(name)"
        }
    }

    /// The bytes the function receives for a fire at `time`.
    ///
    /// With an `Input`, that text replaces the event entirely; for EventBridge Scheduler its
    /// context attributes (`<aws.scheduler.schedule-arn>`, `<aws.scheduler.scheduled-time>`,
    /// `<aws.scheduler.execution-id>`, `<aws.scheduler.attempt-number>`) are filled in first.
    /// - Parameters:
    ///   - time: When the schedule fired.
    ///   - id: The event's (or execution's) unique identifier.
    public func payload(firedAt time: Date, id: String = UUID().uuidString.lowercased()) -> Data {
        guard let input else {
            // Encoding a JSONValue tree cannot fail: it holds only JSON.
            return (try? JSONEncoder().encode(event(firedAt: time, id: id))) ?? Data("{}".utf8)
        }
        guard case .scheduler = schedule else { return Data(input.utf8) }
        let attributes = [
            "<aws.scheduler.schedule-arn>": arn,
            "<aws.scheduler.scheduled-time>": Self.timestamp(time),
            "<aws.scheduler.execution-id>": id,
            "<aws.scheduler.attempt-number>": "1",
        ]
        let filled = attributes.reduce(input) { text, attribute in
            text.replacingOccurrences(of: attribute.key, with: attribute.value)
        }
        return Data(filled.utf8)
    }

    /// The scheduled event the service sends when there is no `Input`.
    ///
    /// A rule sends a ``ScheduledEvent`` (source `aws.events`, `detail` `{}`). EventBridge
    /// Scheduler sends the same envelope with source `aws.scheduler`, the schedule's ARN in
    /// `resources`, and `detail` as the string `"{}"`, which is how it arrives from AWS.
    public func event(firedAt time: Date, id: String) -> JSONValue {
        switch schedule {
        case .rule:
            let event = ScheduledEvent(id: id, account: account, region: region, time: time, ruleARN: arn)
            // The model's encoding is plain strings and arrays, so this cannot fail.
            return (try? JSONValue(encoding: event)) ?? .null
        case .scheduler:
            return [
                "version": "0",
                "id": .string(id),
                "detail-type": "Scheduled Event",
                "source": "aws.scheduler",
                "account": .string(account),
                "time": .string(Self.timestamp(time)),
                "region": .string(region),
                "resources": [.string(arn)],
                "detail": "{}",
            ]
        }
    }

    /// `2026-11-21T10:00:00Z`: UTC, whole seconds, as scheduled events carry it.
    static func timestamp(_ time: Date) -> String {
        time.formatted(Date.ISO8601FormatStyle())
    }
}

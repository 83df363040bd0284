import Foundation
import LocalEventBridge
import SAMTemplate

/// A function's `Schedule` (an EventBridge rule) or `ScheduleV2` (EventBridge Scheduler) event:
/// when it fires and what the function receives.
struct TemplateSchedule: Sendable {
    /// The function's logical ID.
    let functionLogicalId: String
    /// The rule's or schedule's name.
    let name: String
    let expression: ScheduleExpression
    let delivery: ScheduleDelivery

    /// Every enabled schedule of the template.
    /// - Throws: a ``LambdaLocalError`` naming the event whose expression or input is not valid.
    static func all(in template: SAMTemplate, account: String, region: String, now: Date = Date()) throws(LambdaLocalError) -> [TemplateSchedule] {
        var schedules: [TemplateSchedule] = []
        for function in template.functions.values.sorted(by: { $0.logicalId < $1.logicalId }) {
            for event in function.events.values.sorted(by: { $0.name < $1.name }) where ["Schedule", "ScheduleV2"].contains(event.type) {
                let place = "\(function.logicalId).Events.\(event.name) (\(template.fileName):\(event.location.line))"
                let properties = event.properties
                guard TemplateEventRouting.isEnabled(properties) else { continue }
                let isScheduler = event.type == "ScheduleV2"
                let key = isScheduler ? "ScheduleExpression" : "Schedule"
                guard let text = properties[key]?.string else {
                    throw LambdaLocalError("\(place): \(event.type) needs \(key)")
                }
                let expression: ScheduleExpression
                do {
                    expression = try ScheduleExpression(
                        text, source: isScheduler ? .scheduler : .rule,
                        timeZone: properties["ScheduleExpressionTimezone"]?.string, createdAt: now)
                } catch {
                    throw LambdaLocalError("\(place): \(error)")
                }
                let input = properties["Input"]?.string
                if let input, (try? JSONSerialization.jsonObject(with: Data(input.utf8), options: [.fragmentsAllowed])) == nil {
                    throw LambdaLocalError("\(place): Input must be JSON text")
                }
                let name = properties["Name"]?.string ?? "\(function.logicalId)\(event.name)"
                let schedule: ScheduleDelivery.Schedule = isScheduler
                    ? .scheduler(name: name, group: properties["GroupName"]?.string ?? "default") : .rule(name: name)
                schedules.append(TemplateSchedule(
                    functionLogicalId: function.logicalId, name: name, expression: expression,
                    delivery: ScheduleDelivery(schedule: schedule, account: account, region: region, input: input)))
            }
        }
        return schedules
    }
}

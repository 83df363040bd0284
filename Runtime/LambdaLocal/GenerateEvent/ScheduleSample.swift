import Foundation
import LambdaEvents

/// `cloudwatch scheduled-event`: what a schedule rule delivers when it fires.
enum ScheduleSample {
    static func event(_ place: SamplePlace) -> ScheduledEvent {
        ScheduledEvent(id: UUID().uuidString.lowercased(), account: place.account, region: place.region,
                       time: place.second, ruleARN: place.arn("events", "rule/ExampleRule"))
    }
}

import Foundation

/// Where and when a sample event happens: region, account and time.
struct SamplePlace {
    let region: String
    let account: String
    let now: Date

    /// `now` to the whole second, as EventBridge and DynamoDB Streams report times.
    var second: Date {
        Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
    }

    /// `arn:aws:<service>:<region>:<account>:<resource>`.
    func arn(_ service: String, _ resource: String) -> String {
        "arn:aws:\(service):\(region):\(account):\(resource)"
    }
}

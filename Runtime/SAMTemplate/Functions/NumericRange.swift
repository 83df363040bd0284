/// The whole numbers Lambda (or EventBridge) accepts for one numeric property, as their APIs
/// document them; a template outside them would fail to deploy, so it fails to load.
struct NumericRange: Sendable {
    /// The property's path under the function's or the event's `Properties`, such as
    /// `EphemeralStorage.Size`.
    let path: [String]
    let lowest: Int
    /// `nil` when only a lower bound is documented.
    let highest: Int?
    /// What the number counts (`seconds`, `MB`), or empty.
    let unit: String

    init(_ path: String, _ lowest: Int, _ highest: Int?, _ unit: String = "") {
        self.path = path.split(separator: ".").map(String.init)
        self.lowest = lowest
        self.highest = highest
        self.unit = unit
    }

    var name: String { path.joined(separator: ".") }

    func contains(_ number: Int) -> Bool {
        number >= lowest && number <= (highest ?? .max)
    }

    /// `1 to 900 seconds`, `0 or more`.
    var allowed: String {
        let bounds = highest.map { "\(lowest) to \($0)" } ?? "\(lowest) or more"
        return unit.isEmpty ? bounds : "\(bounds) \(unit)"
    }
}

extension NumericRange {
    /// The numeric properties of a function that lambda-local reads.
    static let function = [
        NumericRange("Timeout", 1, 900, "seconds"),
        NumericRange("MemorySize", 128, 10_240, "MB"),
        NumericRange("EphemeralStorage.Size", 512, 10_240, "MB"),
        NumericRange("ReservedConcurrentExecutions", 0, nil),
        NumericRange("EventInvokeConfig.MaximumEventAgeInSeconds", 60, 21_600, "seconds"),
        NumericRange("EventInvokeConfig.MaximumRetryAttempts", 0, 2),
    ]

    /// The numeric properties of an event of type `type`.
    static func event(type: String) -> [NumericRange] {
        switch type {
        case "DynamoDB", "Kinesis":
            [
                NumericRange("BatchSize", 1, 10_000),
                NumericRange("MaximumBatchingWindowInSeconds", 0, 300, "seconds"),
                NumericRange("MaximumRetryAttempts", -1, 10_000),
                NumericRange("MaximumRecordAgeInSeconds", -1, 604_800, "seconds"),
                NumericRange("ParallelizationFactor", 1, 10),
                NumericRange("TumblingWindowInSeconds", 0, 900, "seconds"),
            ]
        case "Schedule", "ScheduleV2", "EventBridgeRule", "CloudWatchEvent":
            [
                NumericRange("RetryPolicy.MaximumRetryAttempts", 0, 185),
                NumericRange("RetryPolicy.MaximumEventAgeInSeconds", 60, 86_400, "seconds"),
                NumericRange("FlexibleTimeWindow.MaximumWindowInMinutes", 1, 1_440, "minutes"),
            ]
        default:
            []
        }
    }
}

import Foundation
import SAMTemplate

/// A function's `DynamoDB` event in the template: its table's stream delivered to it in batches.
struct StreamEventSource: Sendable {
    /// The function's logical ID and the event's name: the checkpoint's key.
    let consumer: String
    let functionLogicalId: String
    let tableName: String
    let streamARN: String
    /// `BatchSize`: at most this many records per invocation (Lambda's default is 100).
    let batchSize: Int
    /// `StartingPosition`: `TRIM_HORIZON` from the oldest record, `LATEST` from the next one.
    let startsAtLatest: Bool
    /// `MaximumBatchingWindowInSeconds`: how long to gather records before invoking with fewer than a batch.
    let batchingWindow: Duration
    /// `FunctionResponseTypes: [ReportBatchItemFailures]`.
    let reportsItemFailures: Bool
    /// `MaximumRetryAttempts`: -1 retries until the records expire, as Lambda's default does.
    let maximumRetryAttempts: Int
    /// `BisectBatchOnFunctionError`: a failed batch is split in two and each half tried alone, so
    /// that one bad record holds back (and at worst loses) only itself.
    let bisectsOnError: Bool

    /// Every stream event source the template declares.
    static func all(in template: SAMTemplate) -> [StreamEventSource] {
        template.functions.values.sorted { $0.logicalId < $1.logicalId }.flatMap { function in
            function.events.values.sorted { $0.name < $1.name }.compactMap { event -> StreamEventSource? in
                guard event.type == "DynamoDB", let arn = event.properties["Stream"]?.string,
                      let table = tableName(inStreamARN: arn) else { return nil }
                let properties = event.properties
                return StreamEventSource(
                    consumer: "\(function.logicalId).\(event.name)",
                    functionLogicalId: function.logicalId,
                    tableName: table,
                    streamARN: arn,
                    batchSize: min(max(properties["BatchSize"]?.int ?? 100, 1), 10_000),
                    startsAtLatest: properties["StartingPosition"]?.string == "LATEST",
                    batchingWindow: .seconds(properties["MaximumBatchingWindowInSeconds"]?.int ?? 0),
                    reportsItemFailures: properties["FunctionResponseTypes"]?.stringList?.contains("ReportBatchItemFailures") == true,
                    maximumRetryAttempts: properties["MaximumRetryAttempts"]?.int ?? -1,
                    bisectsOnError: properties["BisectBatchOnFunctionError"]?.bool ?? false)
            }
        }
    }

    /// `arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>` names its table.
    static func tableName(inStreamARN arn: String) -> String? {
        let parts = arn.split(separator: "/")
        guard parts.count >= 4, parts[parts.count - 2] == "stream" else { return nil }
        return String(parts[1])
    }
}

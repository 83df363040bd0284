#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// Applies a batch of the samples table's stream to the pairs' windows.
///
/// Records are grouped by pair, keeping their order, and each pair is one read and one
/// conditional write however many of its records the batch holds. A write that loses to another
/// (the version moved) is retried from a fresh read, where records already applied are skipped.
/// A pair whose window cannot be written is reported as a batch item failure from its first
/// record of the batch; records of other pairs that follow it are delivered again too, and are
/// then skipped as already applied. A record that is not a sample change is logged and left
/// behind: delivering it again would fail the same way and hold up the whole stream.
public struct WindowUpdater: Sendable {
    let storage: any PairWindowStorage
    let maxAttempts: Int
    let clock: @Sendable () -> Int64

    /// Creates an updater over `storage`.
    /// - Parameters:
    ///   - maxAttempts: How many times a pair is read and written again after losing a race.
    ///   - clock: The time written as the window's `updatedAt`, epoch seconds.
    public init(
        storage: any PairWindowStorage,
        maxAttempts: Int = 5,
        clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) {
        self.storage = storage
        self.maxAttempts = max(maxAttempts, 1)
        self.clock = clock
    }

    /// Applies the batch and says which records must be delivered again.
    public func apply(_ event: DynamoDBStreamEvent) async -> WindowUpdateReport {
        var report = WindowUpdateReport(response: PartialBatchResponse(), applied: 0, alreadyApplied: 0, pairsWritten: 0, problems: [])
        var changesByPair: [CoinPair: [SampleChange]] = [:]
        var pairOrder: [CoinPair] = []
        for record in event.records {
            do {
                let change = try SampleChange(record: record)
                if changesByPair[change.pair] == nil { pairOrder.append(change.pair) }
                changesByPair[change.pair, default: []].append(change)
            } catch {
                report.problems.append(error.description)
            }
        }
        var failed: [String] = []
        for pair in pairOrder {
            let changes = changesByPair[pair] ?? []
            do {
                try await apply(changes, to: pair, report: &report)
            } catch {
                report.problems.append("the window of \(pair) was not written: \(error)")
                if let first = changes.first { failed.append(first.sequenceNumber) }
            }
        }
        report.response = PartialBatchResponse(failedItemIdentifiers: failed)
        return report
    }

    private func apply(_ changes: [SampleChange], to pair: CoinPair, report: inout WindowUpdateReport) async throws {
        for _ in 0..<maxAttempts {
            var window = try await storage.window(for: pair)
            var applied = 0
            var duplicates = 0
            var problems: [String] = []
            for change in changes {
                switch window.apply(change) {
                case .applied:
                    applied += 1
                case .alreadyApplied:
                    duplicates += 1
                case .removalFromEmptyWindow:
                    applied += 1
                    problems.append("record \(change.sequenceNumber) takes a price out of the window of \(pair), which had no samples")
                }
            }
            if applied == 0 {
                report.alreadyApplied += duplicates
                return
            }
            if try await storage.save(window, at: clock()) {
                report.applied += applied
                report.alreadyApplied += duplicates
                report.pairsWritten += 1
                report.problems += problems
                return
            }
        }
        throw WindowContention(pair: pair, attempts: maxAttempts)
    }
}

/// Other writers kept changing a window between its read and its write.
struct WindowContention: Error, CustomStringConvertible {
    var pair: CoinPair
    var attempts: Int
    var description: String { "the window of \(pair) changed under every one of \(attempts) attempts" }
}

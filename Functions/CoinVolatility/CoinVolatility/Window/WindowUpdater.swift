#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// Applies a batch of the samples table's stream to the pairs' windows.
///
/// Records are grouped by pair, keeping their order, and each pair is one read and one
/// conditional write however many of its records the batch holds. The pairs of a batch are read
/// together and written together (up to ``maximumPairsTogether`` at a time):
/// a batch of a hundred records costs two round trips instead of two hundred, which is what keeps
/// the stream's consumer ahead of ten samples a minute for hundreds of pairs. When that write does
/// not go through (a version moved, or it failed), its pairs go one at a time instead: a write
/// that loses to another is retried from a fresh read, where records already applied are skipped.
/// A pair whose window cannot be written is reported as a batch item failure from its first
/// record of the batch; records of other pairs that follow it are delivered again too, and are
/// then skipped as already applied. A record that is not a sample change is logged and left
/// behind: delivering it again would fail the same way and hold up the whole stream.
public struct WindowUpdater: Sendable {
    /// The most pairs read or written together: DynamoDB's limit for one BatchGetItem and for one
    /// TransactWriteItems.
    public static let maximumPairsTogether = 100

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
        var start = 0
        while start < pairOrder.count {
            let group = Array(pairOrder[start..<min(start + Self.maximumPairsTogether, pairOrder.count)])
            start += group.count
            let written = group.count > 1 ? await applyTogether(group, changesByPair, report: &report) : false
            guard !written else { continue }
            for pair in group {
                let changes = changesByPair[pair] ?? []
                do {
                    try await apply(changes, to: pair, report: &report)
                } catch {
                    report.problems.append("the window of \(pair) was not written: \(error)")
                    if let first = changes.first { failed.append(first.sequenceNumber) }
                }
            }
        }
        report.response = PartialBatchResponse(failedItemIdentifiers: failed)
        return report
    }

    /// One read and one all-or-nothing write for the pairs of `group`. Returns `false`, having
    /// changed nothing, when the pairs must go one at a time instead.
    private func applyTogether(_ group: [CoinPair], _ changesByPair: [CoinPair: [SampleChange]], report: inout WindowUpdateReport) async -> Bool {
        let stored: [CoinPair: PairWindow]
        do {
            stored = try await storage.windows(for: group)
        } catch {
            return false
        }
        var changed: [PairWindow] = []
        var outcome = PairOutcome()
        for pair in group {
            var window = stored[pair] ?? PairWindow(pair: pair)
            let applied = Self.applyChanges(changesByPair[pair] ?? [], to: &window)
            if applied.applied > 0 { changed.append(window) }
            outcome.add(applied)
        }
        if !changed.isEmpty {
            guard (try? await storage.saveAll(changed, at: clock())) == true else { return false }
        }
        outcome.record(in: &report, pairsWritten: changed.count)
        return true
    }

    private func apply(_ changes: [SampleChange], to pair: CoinPair, report: inout WindowUpdateReport) async throws {
        for _ in 0..<maxAttempts {
            var window = try await storage.window(for: pair)
            let outcome = Self.applyChanges(changes, to: &window)
            if outcome.applied == 0 {
                report.alreadyApplied += outcome.alreadyApplied
                return
            }
            if try await storage.save(window, at: clock()) {
                outcome.record(in: &report, pairsWritten: 1)
                return
            }
        }
        throw WindowContention(pair: pair, attempts: maxAttempts)
    }

    /// Applies one pair's records to its window as read.
    private static func applyChanges(_ changes: [SampleChange], to window: inout PairWindow) -> PairOutcome {
        var outcome = PairOutcome()
        for change in changes {
            switch window.apply(change) {
            case .applied:
                outcome.applied += 1
            case .alreadyApplied:
                outcome.alreadyApplied += 1
            case .removalFromEmptyWindow:
                outcome.applied += 1
                outcome.problems.append("record \(change.sequenceNumber) takes a price out of the window of \(window.pair), which had no samples")
            }
        }
        return outcome
    }
}

/// What applying records to windows did, counted only once their write went through.
private struct PairOutcome {
    var applied = 0
    var alreadyApplied = 0
    var problems: [String] = []

    mutating func add(_ other: PairOutcome) {
        applied += other.applied
        alreadyApplied += other.alreadyApplied
        problems += other.problems
    }

    func record(in report: inout WindowUpdateReport, pairsWritten: Int) {
        report.applied += applied
        report.alreadyApplied += alreadyApplied
        report.pairsWritten += pairsWritten
        report.problems += problems
    }
}

/// Other writers kept changing a window between its read and its write.
struct WindowContention: Error, CustomStringConvertible {
    var pair: CoinPair
    var attempts: Int
    var description: String { "the window of \(pair) changed under every one of \(attempts) attempts" }
}

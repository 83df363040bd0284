import LambdaEvents
import Testing
@testable import CoinVolatility

/// A batch of the samples table's stream applied to the windows: every sample counted exactly
/// once through redeliveries, races and failures, and a failure reported for the records that
/// must come again.
@Suite struct WindowUpdaterTests {
    let btc = CoinPair("BTC-USD")!
    let eth = CoinPair("ETH-USD")!

    func updater(_ storage: InMemoryWindowStorage) -> WindowUpdater {
        WindowUpdater(storage: storage, clock: { 1_714_564_800 })
    }

    @Test func insertsEnterTheirPairsWindows() async throws {
        let storage = InMemoryWindowStorage()
        let report = await updater(storage).apply(DynamoDBStreamEvent(records: [
            StreamRecords.insert("BTC-USD", at: 60, price: 60_000, sequence: 100),
            StreamRecords.insert("ETH-USD", at: 60, price: 3_000, sequence: 101),
            StreamRecords.insert("BTC-USD", at: 120, price: 60_010, sequence: 102),
        ]))
        #expect(report.response.batchItemFailures.isEmpty)
        #expect(report.applied == 3)
        #expect(report.pairsWritten == 2)
        let windows = await storage.windows
        #expect(windows[btc]?.statistics.count == 2)
        #expect(windows[btc]?.statistics.mean == 60_005)
        #expect(windows[btc]?.statistics.standardDeviation == 5)
        #expect(windows[btc]?.latestSampleAt == 120)
        #expect(windows[btc]?.lastSequence == StreamSequence("102"))
        #expect(windows[eth]?.statistics.count == 1)
        #expect(await storage.saves == 2, "one write per pair, however many records")
    }

    @Test func aRedeliveredBatchChangesNothing() async throws {
        let storage = InMemoryWindowStorage()
        let batch = DynamoDBStreamEvent(records: [
            StreamRecords.insert("BTC-USD", at: 60, price: 60_000, sequence: 100),
            StreamRecords.insert("BTC-USD", at: 120, price: 60_010, sequence: 101),
        ])
        _ = await updater(storage).apply(batch)
        let before = await storage.windows[btc]
        let again = await updater(storage).apply(batch)
        #expect(again.applied == 0)
        #expect(again.alreadyApplied == 2)
        #expect(await storage.windows[btc] == before)
        #expect(await storage.saves == 1)
    }

    @Test func aBatchResumedFromItsFailureCountsOnlyWhatIsNew() async throws {
        let storage = InMemoryWindowStorage()
        _ = await updater(storage).apply(DynamoDBStreamEvent(records: [
            StreamRecords.insert("BTC-USD", at: 60, price: 60_000, sequence: 100),
            StreamRecords.insert("ETH-USD", at: 60, price: 3_000, sequence: 101),
        ]))
        // Delivered again from record 100, with a new record after it.
        let report = await updater(storage).apply(DynamoDBStreamEvent(records: [
            StreamRecords.insert("BTC-USD", at: 60, price: 60_000, sequence: 100),
            StreamRecords.insert("ETH-USD", at: 60, price: 3_000, sequence: 101),
            StreamRecords.insert("BTC-USD", at: 120, price: 60_020, sequence: 102),
        ]))
        #expect(report.applied == 1)
        #expect(report.alreadyApplied == 2)
        #expect(await storage.windows[btc]?.statistics.count == 2)
        #expect(await storage.windows[btc]?.statistics.mean == 60_010)
        #expect(await storage.windows[eth]?.statistics.count == 1)
    }

    @Test func anExpiryTakesItsPriceOutAndAReplacementSwapsIt() async throws {
        let storage = InMemoryWindowStorage()
        let prices = [60_000.0, 60_004, 60_011, 59_990]
        let inserts = prices.enumerated().map { index, price in
            StreamRecords.insert("BTC-USD", at: Int64(60 * (index + 1)), price: price, sequence: 100 + index)
        }
        _ = await updater(storage).apply(DynamoDBStreamEvent(records: inserts))
        let report = await updater(storage).apply(DynamoDBStreamEvent(records: [
            StreamRecords.expire("BTC-USD", at: 60, price: 60_000, sequence: 200),
            StreamRecords.modify("BTC-USD", at: 120, from: 60_004, to: 60_006, sequence: 201),
        ]))
        #expect(report.applied == 2)
        let window = try #require(await storage.windows[btc])
        let reference = TwoPassReference([60_006, 60_011, 59_990])
        #expect(window.statistics.count == 3)
        #expect(isClose(window.statistics.mean, reference.mean, relative: 1e-15))
        #expect(isClose(window.statistics.standardDeviation, reference.standardDeviation))
    }

    @Test func theLastSampleLeavingEmptiesTheWindow() async throws {
        let storage = InMemoryWindowStorage()
        _ = await updater(storage).apply(DynamoDBStreamEvent(records: [
            StreamRecords.insert("BTC-USD", at: 60, price: 60_000, sequence: 100),
            StreamRecords.expire("BTC-USD", at: 60, price: 60_000, sequence: 101),
        ]))
        let window = try #require(await storage.windows[btc])
        #expect(window.statistics.count == 0)
        #expect(window.latestSampleAt == nil)
        #expect(PairMetrics(window) == nil, "an empty window has no figures to show")
        #expect(window.item(updatedAt: 0)[PairWindow.Attribute.board] == nil, "and leaves the ranking")
    }

    @Test func aRecordThatIsNoSampleChangeIsLoggedAndLeftBehind() async throws {
        let storage = InMemoryWindowStorage()
        var broken = StreamRecords.insert("BTC-USD", at: 60, price: 60_000, sequence: 100)
        broken.dynamodb.newImage = nil
        var badKey = StreamRecords.insert("not a pair", at: 60, price: 1, sequence: 101)
        badKey.dynamodb.keys["pair"] = .string("#latest-update")
        let report = await updater(storage).apply(DynamoDBStreamEvent(records: [
            broken, badKey, StreamRecords.insert("ETH-USD", at: 60, price: 3_000, sequence: 102),
        ]))
        #expect(report.response.batchItemFailures.isEmpty, "retrying them would fail the same way")
        #expect(report.problems.count == 2)
        #expect(report.problems.contains { $0.contains("new image is missing") })
        #expect(report.applied == 1)
    }

    @Test func aPairThatCannotBeWrittenIsReportedFromItsFirstRecordAndOthersAreNotCountedTwice() async throws {
        let storage = InMemoryWindowStorage()
        await storage.setFailing([eth])
        let batch = DynamoDBStreamEvent(records: [
            StreamRecords.insert("BTC-USD", at: 60, price: 60_000, sequence: 100),
            StreamRecords.insert("ETH-USD", at: 60, price: 3_000, sequence: 101),
            StreamRecords.insert("BTC-USD", at: 120, price: 60_010, sequence: 102),
            StreamRecords.insert("ETH-USD", at: 120, price: 3_010, sequence: 103),
        ])
        let failed = await updater(storage).apply(batch)
        #expect(failed.response.batchItemFailures == [BatchItemFailure(itemIdentifier: StreamRecords.sequence(101))])
        #expect(await storage.windows[btc]?.statistics.count == 2)
        #expect(await storage.windows[eth] == nil)

        // The stream resumes from record 101: BTC's record 102 comes again and is skipped.
        await storage.setFailing([])
        let retried = await updater(storage).apply(DynamoDBStreamEvent(records: Array(batch.records.dropFirst())))
        #expect(retried.response.batchItemFailures.isEmpty)
        #expect(retried.applied == 2)
        #expect(retried.alreadyApplied == 1)
        #expect(await storage.windows[btc]?.statistics.count == 2)
        #expect(await storage.windows[eth]?.statistics.count == 2)
    }

    @Test func aWriteThatLosesARaceIsReadAndAppliedAgainOnce() async throws {
        let storage = InMemoryWindowStorage()
        await storage.setRacing(btc, times: 2)
        let report = await updater(storage).apply(DynamoDBStreamEvent(records: [
            StreamRecords.insert("BTC-USD", at: 60, price: 60_000, sequence: 100),
        ]))
        #expect(report.response.batchItemFailures.isEmpty)
        #expect(await storage.windows[btc]?.statistics.count == 1)

        await storage.setRacing(btc, times: 10)
        let contended = await updater(storage).apply(DynamoDBStreamEvent(records: [
            StreamRecords.insert("BTC-USD", at: 120, price: 60_010, sequence: 101),
        ]))
        #expect(contended.response.batchItemFailures.map(\.itemIdentifier) == [StreamRecords.sequence(101)])
        #expect(await storage.windows[btc]?.statistics.count == 1, "nothing applied when every attempt lost")
    }

    @Test func thePairsOfABatchAreReadOnceAndWrittenOnce() async throws {
        let storage = InMemoryWindowStorage()
        let records = (0..<250).map { StreamRecords.insert("C\($0)-USD", at: 60, price: Double(100 + $0), sequence: 1_000 + $0) }
        let report = await updater(storage).apply(DynamoDBStreamEvent(records: records))
        #expect(report.response.batchItemFailures.isEmpty)
        #expect(report.applied == 250)
        #expect(report.pairsWritten == 250)
        #expect(await storage.groupReads == 3, "at most \(WindowUpdater.maximumPairsTogether) pairs a read")
        #expect(await storage.groupWrites == 3)
        #expect(await storage.saves == 250)
        #expect(await storage.windows.count == 250)
    }

    @Test func aGroupThatLosesARaceGoesPairByPairAndCountsEachRecordOnce() async throws {
        let storage = InMemoryWindowStorage()
        await storage.setRacing(eth, times: 1)
        let report = await updater(storage).apply(DynamoDBStreamEvent(records: [
            StreamRecords.insert("BTC-USD", at: 60, price: 60_000, sequence: 100),
            StreamRecords.insert("ETH-USD", at: 60, price: 3_000, sequence: 101),
            StreamRecords.insert("BTC-USD", at: 120, price: 60_010, sequence: 102),
        ]))
        #expect(report.response.batchItemFailures.isEmpty)
        #expect(report.applied == 3)
        #expect(report.pairsWritten == 2)
        #expect(await storage.groupWrites == 1)
        let windows = await storage.windows
        #expect(windows[btc]?.statistics.count == 2, "the failed group wrote nothing, and BTC went through once on its own")
        #expect(windows[eth]?.statistics.count == 1)
        #expect(windows[eth]?.version == 2, "the other writer's version, then this one")
    }

    @Test func aBatchOfRedeliveredRecordsWritesNothing() async throws {
        let storage = InMemoryWindowStorage()
        let batch = DynamoDBStreamEvent(records: [
            StreamRecords.insert("BTC-USD", at: 60, price: 60_000, sequence: 100),
            StreamRecords.insert("ETH-USD", at: 60, price: 3_000, sequence: 101),
        ])
        _ = await updater(storage).apply(batch)
        let again = await updater(storage).apply(batch)
        #expect(again.applied == 0)
        #expect(again.alreadyApplied == 2)
        #expect(again.pairsWritten == 0)
        #expect(await storage.groupWrites == 1, "only the first delivery wrote")
        #expect(await storage.saves == 2)
    }
}

import Foundation
import LambdaEvents
import LocalDynamoDB
import LocalLambda
import NIOCore

/// Delivers a table's stream to a function as Lambda's event source mapping does: batches in order,
/// one at a time (one shard, so per-key order holds), the checkpoint saved in the state database
/// after each acknowledged batch, so that a restart neither loses nor replays one.
struct StreamPoller: Sendable {
    let source: StreamEventSource
    let pool: FunctionPool
    let store: DynamoDBStore
    let log: @Sendable (String) -> Void
    /// How long to wait when the stream has nothing new.
    var idleWait: Duration = .milliseconds(200)
    /// The wait before a failed batch is tried again.
    var retryWait: Duration = .milliseconds(500)

    func run() async {
        var checkpoint: Int64
        do {
            if let saved = try await store.streamCheckpoint(consumer: source.consumer) {
                checkpoint = saved
            } else {
                checkpoint = source.startsAtLatest ? try await store.latestStreamSequenceNumber(tableName: source.tableName) : 0
                try await store.saveStreamCheckpoint(consumer: source.consumer, sequenceNumber: checkpoint)
            }
        } catch {
            log("lambda-local: \(source.consumer): cannot read the stream of \(source.tableName): \(error.message)")
            return
        }
        var failedAttempts = 0
        // Smaller than the batch size while a failed batch is being bisected.
        var batchLimit = source.batchSize
        while !Task.isCancelled {
            guard var records = try? await store.streamRecords(tableName: source.tableName, after: checkpoint, limit: batchLimit),
                  !records.isEmpty else {
                try? await Task.sleep(for: idleWait)
                continue
            }
            if source.batchingWindow > .zero, records.count < batchLimit {
                try? await Task.sleep(for: source.batchingWindow)
                records = (try? await store.streamRecords(tableName: source.tableName, after: checkpoint, limit: batchLimit)) ?? records
            }
            let acknowledged = await deliver(records)
            if let acknowledged, acknowledged == records.last?.sequenceNumber {
                failedAttempts = 0
                batchLimit = source.batchSize
            } else if acknowledged == nil, source.bisectsOnError, records.count > 1 {
                // Lambda does not count a split against the retry attempts.
                batchLimit = records.count / 2
                log("lambda-local: \(source.consumer): a batch of \(records.count) stream records failed; trying its first \(batchLimit) alone")
                continue
            } else {
                failedAttempts += 1
                if source.maximumRetryAttempts >= 0, failedAttempts > source.maximumRetryAttempts {
                    log("lambda-local: \(source.consumer): giving up on \(records.count) stream records after \(failedAttempts) attempts; they are skipped")
                    failedAttempts = 0
                    checkpoint = records.last?.sequenceNumber ?? checkpoint
                    try? await store.saveStreamCheckpoint(consumer: source.consumer, sequenceNumber: checkpoint)
                    continue
                }
            }
            if let acknowledged, acknowledged > checkpoint {
                checkpoint = acknowledged
                try? await store.saveStreamCheckpoint(consumer: source.consumer, sequenceNumber: checkpoint)
            }
            if failedAttempts > 0 { try? await Task.sleep(for: retryWait) }
        }
    }

    /// Invokes the function with the batch; returns the last sequence number it acknowledged (all of
    /// them, or those before the first failure it reported), or `nil` when it failed outright.
    private func deliver(_ records: [StoredStreamRecord]) async -> Int64? {
        let event = DynamoDBStreamEvent(records: records.map { $0.eventRecord(region: store.region, streamARN: source.streamARN) })
        guard let payload = try? JSONEncoder().encode(event) else { return nil }
        let result = await pool.invoke(PoolInvocation(requestID: RequestID.random(), payload: ByteBuffer(bytes: payload)))
        guard case .response(let body) = result.outcome else { return nil }
        guard source.reportsItemFailures,
              let response = try? JSONDecoder().decode(PartialBatchResponse.self, from: Data(body.readableBytesView)),
              !response.batchItemFailures.isEmpty
        else {
            return records.last?.sequenceNumber
        }
        // Lambda resumes from the earliest failed record; everything before it is done.
        let failed = Set(response.batchItemFailures.map(\.itemIdentifier))
        guard let firstFailure = records.firstIndex(where: { failed.contains($0.sequenceNumberText) }) else {
            return records.last?.sequenceNumber
        }
        return firstFailure == 0 ? nil : records[firstFailure - 1].sequenceNumber
    }
}

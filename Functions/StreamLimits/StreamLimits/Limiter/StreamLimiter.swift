import AWSClient
import HTTPFunctionKit
import LambdaEvents

/// Starts and ends streams within a per-user limit, over the table ``StreamLeaseTable`` describes.
///
/// Atomicity: every change is one conditional write on the user's single item, and the condition
/// is the limit itself (`size(leases) < :max`), so 200 simultaneous starts for one user take
/// exactly `maxStreams` slots however they interleave. A write whose condition fails comes back
/// with the item as it was; the next step (create the item, renew, reclaim expired leases, or
/// refuse) is decided from that, and is conditional again. The loop only repeats when another
/// request changed the item in between, and gives up after ``maxAttempts``.
public final class StreamLimiter: Sendable {
    let dynamo: DynamoDBClient
    /// The table's layout and requests.
    public let table: StreamLeaseTable
    /// The limit and the lease length.
    public let settings: StreamLimitSettings

    /// How many conditional writes one start or end tries before reporting contention.
    public static let maxAttempts = 10

    /// Creates a limiter over the table named `tableName`.
    public init(dynamo: DynamoDBClient, tableName: String, settings: StreamLimitSettings) {
        self.dynamo = dynamo
        self.table = StreamLeaseTable(name: tableName)
        self.settings = settings
    }

    /// Takes a slot for `streamId`, or renews the lease it holds already.
    /// - Throws: ``StreamLimitError`` when every slot is held by a live stream; ``AWSError`` when
    ///   DynamoDB fails.
    public func start(userId: String, streamId: String, now: Int64 = Timestamp.now()) async throws -> StreamStart {
        let leaseEnd = settings.leaseEnd(startingAt: now)
        // The first write needs no read: most starts find a free slot.
        var decision = StartDecision.admit
        var seen: UserStreams?
        for _ in 0..<Self.maxAttempts {
            let outcome: ConditionalWrite
            switch decision {
            case .admit:
                outcome = try await write(table.admit(
                    userId: userId, streamId: streamId, leaseEnd: leaseEnd, maxStreams: settings.maxStreams))
            case .create:
                outcome = try await write(table.create(userId: userId, streamId: streamId, leaseEnd: leaseEnd))
            case .renew:
                outcome = try await write(table.renew(userId: userId, streamId: streamId, leaseEnd: leaseEnd))
            case .reclaim(let expired):
                outcome = try await write(table.reclaim(
                    userId: userId, streamId: streamId, leaseEnd: leaseEnd, expired: expired,
                    storedLeases: seen?.storedLeases ?? [:], maxStreams: settings.maxStreams))
            case .refuse(let active):
                throw StreamLimitError.limitReached(userId: userId, activeStreams: active, maxStreams: settings.maxStreams)
            }
            switch outcome {
            case .written(let item):
                // A created item comes back empty (PutItem returns no new image): it holds this lease alone.
                let active = UserStreams(item: item)?.activeCount(at: now) ?? 1
                return StreamStart(
                    userId: userId, streamId: streamId, activeStreams: active, maxStreams: settings.maxStreams,
                    leaseExpiresAt: Timestamp.iso8601(leaseEnd), renewed: decision == .renew)
            case .conditionFailed(let item):
                seen = UserStreams(item: item)
                decision = StartDecision.decide(current: seen, streamId: streamId, now: now, maxStreams: settings.maxStreams)
            }
        }
        throw StreamLimitError.contended(userId: userId)
    }

    /// Frees the slot of `streamId`, or, without one, of the user's live stream that started first.
    /// - Throws: ``StreamLimitError`` when there is no such stream; ``AWSError`` when DynamoDB fails.
    public func end(userId: String, streamId: String?, now: Int64 = Timestamp.now()) async throws -> StreamEnd {
        if let streamId {
            switch try await write(table.release(userId: userId, streamId: streamId)) {
            case .written(let item):
                return StreamEnd(userId: userId, streamId: streamId, activeStreams: UserStreams(item: item)?.activeCount(at: now) ?? 0)
            case .conditionFailed(let item):
                guard let current = UserStreams(item: item), current.activeCount(at: now) > 0 else {
                    throw StreamLimitError.nothingActive(userId: userId)
                }
                throw StreamLimitError.streamNotActive(userId: userId, streamId: streamId)
            }
        }
        var current = UserStreams(item: try await dynamo.getItem(table.read(userId: userId)).item)
        for _ in 0..<Self.maxAttempts {
            guard case .release(let lease) = EndDecision.decide(current: current, now: now),
                  let stored = current?.storedLeases[lease.streamId] else {
                throw StreamLimitError.nothingActive(userId: userId)
            }
            switch try await write(table.release(userId: userId, streamId: lease.streamId, expectedEnd: stored)) {
            case .written(let item):
                return StreamEnd(userId: userId, streamId: lease.streamId, activeStreams: UserStreams(item: item)?.activeCount(at: now) ?? 0)
            case .conditionFailed(let item):
                // Ended or renewed in between: choose again from the item as it is now.
                current = UserStreams(item: item)
            }
        }
        throw StreamLimitError.contended(userId: userId)
    }
}

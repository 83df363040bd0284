import AWSClient
import HTTPFunctionKit
import LambdaEvents

/// The jobs and their users' slots, kept in step by transactions (see ``JobTable``).
public final class JobLedger: Sendable {
    let dynamo: DynamoDBClient
    /// The table's layout.
    public let table: JobTable

    /// How many times a transaction DynamoDB cancelled for a conflict with another one is sent again.
    public static let maxConflictRetries = 4

    /// Creates a ledger over the table named `tableName`.
    public init(dynamo: DynamoDBClient, tableName: String) {
        self.dynamo = dynamo
        self.table = JobTable(name: tableName)
    }

    /// Accepts `job` if its user has a free slot.
    /// - Throws: ``JobLimitError`` when the user has `maxActiveJobs` active; ``AWSError`` when DynamoDB fails.
    public func open(_ job: Job, maxActiveJobs: Int) async throws {
        do {
            try await transact(table.open(job, maxActiveJobs: maxActiveJobs))
        } catch {
            guard error.code == .transactionCanceled else { throw error }
            if error.cancellationReasons.first?.code == .conditionalCheckFailed {
                throw JobLimitError.tooManyActive(userId: job.userId, maxActiveJobs: maxActiveJobs)
            }
            if error.cancellationReasons.contains(where: { $0.code == .transactionConflict }) {
                throw JobLimitError.contended(userId: job.userId)
            }
            throw error
        }
    }

    /// Finishes an active job as `status` and frees its slot; a job no longer active is left alone.
    public func finish(_ job: Job, as status: JobStatus, reason: String? = nil, now: Int64 = Timestamp.now()) async throws(AWSError) -> FinishOutcome {
        do {
            try await transact(table.finish(job, as: status, reason: reason, now: now))
            return .finished
        } catch {
            guard error.code == .transactionCanceled else { throw error }
            let reasons = error.cancellationReasons
            if reasons.first?.code == .conditionalCheckFailed { return .alreadyFinished }
            guard reasons.count > 1, reasons[1].code == .conditionalCheckFailed else { throw error }
        }
        // The counter is at zero, which it should never be while this job is active: still record
        // the job's end, under the same condition, rather than leave it active for ever.
        let update = table.finishJob(job, as: status, reason: reason, now: now)
        do {
            _ = try await dynamo.updateItem(UpdateItemRequest(
                tableName: update.tableName, key: update.key, updateExpression: update.updateExpression,
                conditionExpression: update.conditionExpression, expressionAttributeNames: update.expressionAttributeNames,
                expressionAttributeValues: update.expressionAttributeValues))
            return .finishedWithoutSlot
        } catch {
            guard error.code == .conditionalCheckFailed else { throw error }
            return .alreadyFinished
        }
    }

    /// The job with `jobId`, or `nil`.
    public func job(_ jobId: String) async throws(AWSError) -> Job? {
        try await dynamo.getItem(table.read(jobId: jobId)).item.flatMap(JobTable.job(from:))
    }

    /// Fails the active jobs of `userId` whose delay ended more than `grace` before `now` and frees
    /// their slots; returns how many it freed. Each is finished under the condition that it is
    /// still active, so two requests reclaiming the same job free its slot once.
    public func reclaimAbandoned(of userId: String, now: Int64, graceMilliseconds: Int64) async throws(AWSError) -> Int {
        let page = try await dynamo.query(table.activeJobs(of: userId, dueBefore: now - graceMilliseconds))
        var freed = 0
        for job in page.items.compactMap(JobTable.job(from:)) where job.isAbandoned(at: now, graceMilliseconds: graceMilliseconds) {
            let reason = "abandoned: not finished within \(graceMilliseconds / 1_000) s of its due time"
            if try await finish(job, as: .failed, reason: reason, now: now) != .alreadyFinished { freed += 1 }
        }
        return freed
    }

    /// Sends a transaction, again after a short random pause when DynamoDB cancelled it for a
    /// conflict with another transaction on the same items (the SDKs leave that to the caller).
    func transact(_ request: TransactWriteItemsRequest) async throws(AWSError) {
        var attempt = 0
        while true {
            do {
                // One token per attempt: a retry after a conflict is a new transaction.
                var request = request
                request.clientRequestToken = nil
                try await dynamo.transactWriteItems(request)
                return
            } catch {
                let conflicted = error.code == .transactionCanceled
                    && error.cancellationReasons.contains { $0.code == .transactionConflict }
                guard conflicted, attempt < Self.maxConflictRetries else { throw error }
            }
            attempt += 1
            try? await Task.sleep(for: .milliseconds(Int.random(in: 5...(20 << attempt))))
        }
    }
}

import AWSClient
import LambdaEvents

/// The layout of the delayed-jobs table (partition key `pk`), and the requests that read it.
///
/// - A job: `pk = "job#<jobId>"`, with `jobId`, `userId`, `status`, `delayMilliseconds`,
///   `createdAt`, `dueAt` and, once finished, `finishedAt`, `failureReason` and `expiresAt`
///   (the time-to-live: finished jobs are kept for ``retentionSeconds``). While the job is active
///   it also has `activeUserId`, the key of the sparse index ``activeJobsIndex``: the index holds
///   only active jobs, so listing a user's costs the same however many jobs the table has.
/// - A user's slot counter: `pk = "user#<userId>"` with `activeJobs`. Every job that becomes
///   active adds one in the same transaction as the job's put, under the condition
///   `activeJobs < :max`; every job that finishes subtracts one in the same transaction as its
///   status change. The per-user check is one conditional write on one small item: no Scan, and
///   the same cost for 12 or 12,000 users.
public struct JobTable: Sendable, Hashable {
    /// The table's name.
    public var name: String

    /// The partition key of every item.
    public static let keyAttribute = "pk"
    /// The counter of a user's active jobs.
    public static let activeJobsAttribute = "activeJobs"
    /// The sparse index of active jobs: partition `activeUserId`, sort `dueAt`.
    public static let activeJobsIndex = "ActiveJobsByUser"
    /// The index's partition key, present only while a job is active.
    public static let activeUserIdAttribute = "activeUserId"
    /// The time-to-live attribute of finished jobs, in seconds since 1970.
    public static let expiresAtAttribute = "expiresAt"
    /// How long a finished job stays readable: a week.
    public static let retentionSeconds: Int64 = 604_800

    /// Creates the layout for the table named `name`.
    public init(name: String) {
        self.name = name
    }

    /// The key of a job.
    public static func jobKey(_ jobId: String) -> DynamoDBItem {
        [keyAttribute: .string("job#" + jobId)]
    }

    /// The key of a user's slot counter.
    public static func userKey(_ userId: String) -> DynamoDBItem {
        [keyAttribute: .string("user#" + userId)]
    }

    /// Reads a job, strongly consistent: its status decides what happens next.
    public func read(jobId: String) -> GetItemRequest {
        GetItemRequest(tableName: name, key: Self.jobKey(jobId), consistentRead: true)
    }

    /// The active jobs of `userId` whose delay ended before `dueBefore` (milliseconds), oldest first.
    public func activeJobs(of userId: String, dueBefore: Int64, limit: Int = 25) -> QueryRequest {
        QueryRequest(
            tableName: name,
            indexName: Self.activeJobsIndex,
            keyConditionExpression: "#user = :user AND #due < :due",
            expressionAttributeNames: ["#user": Self.activeUserIdAttribute, "#due": "dueAt"],
            expressionAttributeValues: [":user": .string(userId), ":due": .number(String(dueBefore))],
            limit: limit)
    }

    /// The time-to-live of a job that finished at `finishedAt` (milliseconds).
    public static func timeToLive(finishedAt: Int64) -> Int64 {
        finishedAt / 1_000 + retentionSeconds
    }
}

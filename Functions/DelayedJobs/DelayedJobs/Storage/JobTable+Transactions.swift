import AWSClient
import LambdaEvents

extension JobTable {
    /// Accepts `job`: takes one of its user's slots and writes the job, together or not at all.
    /// The first action fails when the user has `maxActiveJobs` active; the second when the id is taken.
    public func open(_ job: Job, maxActiveJobs: Int) -> TransactWriteItemsRequest {
        TransactWriteItemsRequest(transactItems: [
            .update(TransactWriteItem.Update(
                tableName: name,
                key: Self.userKey(job.userId),
                updateExpression: "ADD #active :one",
                conditionExpression: "attribute_not_exists(#active) OR #active < :max",
                expressionAttributeNames: ["#active": Self.activeJobsAttribute],
                expressionAttributeValues: [":one": .number("1"), ":max": .number(String(maxActiveJobs))])),
            .put(TransactWriteItem.Put(
                tableName: name,
                item: Self.item(for: job),
                conditionExpression: "attribute_not_exists(#pk)",
                expressionAttributeNames: ["#pk": Self.keyAttribute])),
        ])
    }

    /// Finishes an active `job` as `status` and gives its slot back, together or not at all. The
    /// first action fails when the job is no longer active (a redelivered event, a second run): then
    /// nothing changes. The second fails only if the counter is already at zero.
    public func finish(_ job: Job, as status: JobStatus, reason: String?, now: Int64) -> TransactWriteItemsRequest {
        TransactWriteItemsRequest(transactItems: [
            .update(finishJob(job, as: status, reason: reason, now: now)),
            .update(TransactWriteItem.Update(
                tableName: name,
                key: Self.userKey(job.userId),
                updateExpression: "ADD #active :minusOne",
                conditionExpression: "#active > :zero",
                expressionAttributeNames: ["#active": Self.activeJobsAttribute],
                expressionAttributeValues: [":minusOne": .number("-1"), ":zero": .number("0")])),
        ])
    }

    /// The job's half of ``finish(_:as:reason:now:)``: the status change, only while it is active.
    public func finishJob(_ job: Job, as status: JobStatus, reason: String?, now: Int64) -> TransactWriteItem.Update {
        var set = "#status = :status, #finishedAt = :now, #expiresAt = :ttl"
        var names = [
            "#status": "status", "#finishedAt": "finishedAt", "#expiresAt": Self.expiresAtAttribute,
            "#activeUser": Self.activeUserIdAttribute,
        ]
        var values: DynamoDBItem = [
            ":status": .string(status.rawValue), ":active": .string(JobStatus.active.rawValue),
            ":now": .number(String(now)), ":ttl": .number(String(Self.timeToLive(finishedAt: now))),
        ]
        if let reason {
            set += ", #reason = :reason"
            names["#reason"] = "failureReason"
            values[":reason"] = .string(reason)
        }
        return TransactWriteItem.Update(
            tableName: name,
            key: Self.jobKey(job.jobId),
            updateExpression: "SET \(set) REMOVE #activeUser",
            conditionExpression: "#status = :active",
            expressionAttributeNames: names,
            expressionAttributeValues: values)
    }
}

import LambdaEvents

extension JobTable {
    /// The item of a job, as written when it is accepted (or as it stands once finished).
    public static func item(for job: Job) -> DynamoDBItem {
        var item = jobKey(job.jobId)
        item["jobId"] = .string(job.jobId)
        item["userId"] = .string(job.userId)
        item["status"] = .string(job.status.rawValue)
        item["delayMilliseconds"] = .number(String(job.delayMilliseconds))
        item["createdAt"] = .number(String(job.createdAt))
        item["dueAt"] = .number(String(job.dueAt))
        if job.status == .active { item[activeUserIdAttribute] = .string(job.userId) }
        if let finishedAt = job.finishedAt {
            item["finishedAt"] = .number(String(finishedAt))
            item[expiresAtAttribute] = .number(String(timeToLive(finishedAt: finishedAt)))
        }
        if let reason = job.failureReason { item["failureReason"] = .string(reason) }
        return item
    }

    /// The job an item holds; `nil` when the item is not a job this system wrote.
    public static func job(from item: DynamoDBItem) -> Job? {
        guard let jobId = item["jobId"]?.stringValue, let userId = item["userId"]?.stringValue,
              let status = item["status"]?.stringValue.flatMap(JobStatus.init(rawValue:)),
              let delay = item["delayMilliseconds"]?.numberText.flatMap({ Int64($0) }),
              let createdAt = item["createdAt"]?.numberText.flatMap({ Int64($0) }) else { return nil }
        return Job(
            jobId: jobId, userId: userId, status: status, delayMilliseconds: delay, createdAt: createdAt,
            finishedAt: item["finishedAt"]?.numberText.flatMap { Int64($0) },
            failureReason: item["failureReason"]?.stringValue)
    }
}

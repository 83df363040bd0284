import DelayedJobs

/// The 202 answer to an accepted job: `{"jobId", "status": "ACTIVE", "delaySeconds"}`.
struct AcceptedJob: Encodable {
    var jobId: String
    var status: JobStatus
    var delaySeconds: Double
}

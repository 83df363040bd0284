import Testing
@testable import DelayedJobs

/// A job's timing, ownership and ids.
@Suite struct JobTests {
    let job = Job.accepted(jobId: "7d0e3f6c-5e1a-4c39-9d55-8b8a0f2a6e01", userId: "u1", delayMilliseconds: 30_000, now: 1_000_000)

    @Test func anAcceptedJobIsActiveAndDueAfterItsDelay() {
        #expect(job.status == .active)
        #expect(job.dueAt == 1_030_000)
        #expect(job.delaySeconds == 30)
        #expect(job.finishedAt == nil)
    }

    @Test func anActiveJobIsAbandonedOnlyOnceItsGraceHasPassed() {
        #expect(!job.isAbandoned(at: 1_030_000 + 900_000, graceMilliseconds: 900_000))
        #expect(job.isAbandoned(at: 1_030_000 + 900_001, graceMilliseconds: 900_000))
        var finished = job
        finished.status = .completed
        #expect(!finished.isAbandoned(at: .max, graceMilliseconds: 0))
    }

    @Test func withAnAuthorizerOnlyTheOwnerSeesAJob() {
        #expect(job.isVisible(toAuthorizedUser: "u1"))
        #expect(!job.isVisible(toAuthorizedUser: "u2"))
        #expect(job.isVisible(toAuthorizedUser: nil))
    }

    @Test func jobIdsAreLowercaseUUIDsAndNothingElseIsLookedUp() {
        let id = JobID.generate()
        #expect(JobID.isPlausible(id))
        #expect(id != JobID.generate())
        #expect(!JobID.isPlausible(id.uppercased()))
        #expect(!JobID.isPlausible("job-1"))
        #expect(!JobID.isPlausible(""))
    }

    @Test func theStatusViewShowsTimesInISO8601() {
        var finished = Job(
            jobId: job.jobId, userId: "u1", status: .failed, delayMilliseconds: 1_500, createdAt: 1_767_225_600_000,
            finishedAt: 1_767_225_601_500, failureReason: "why")
        let view = JobStatusView(finished)
        #expect(view.createdAt == "2026-01-01T00:00:00.000Z")
        #expect(view.dueAt == "2026-01-01T00:00:01.500Z")
        #expect(view.finishedAt == "2026-01-01T00:00:01.500Z")
        #expect(view.delaySeconds == 1.5)
        #expect(view.failureReason == "why")
        finished.finishedAt = nil
        #expect(JobStatusView(finished).finishedAt == nil)
    }

    @Test func aRunWaitsOnlyWhatIsLeftOfTheDelay() {
        #expect(JobWait.plan(dueAt: 10_000, now: 4_000, deadline: 100_000) == .completeAfter(milliseconds: 6_000))
        // Late (a slow or redelivered event): no wait at all.
        #expect(JobWait.plan(dueAt: 10_000, now: 12_000, deadline: 100_000) == .completeAfter(milliseconds: 0))
    }

    @Test func aDelayThatOutlastsTheInvocationFailsTheJobWhileThereIsTime() {
        #expect(JobWait.plan(dueAt: 96_000, now: 0, deadline: 100_000) == .outlastsInvocation)
        #expect(JobWait.plan(dueAt: 95_000, now: 0, deadline: 100_000) == .completeAfter(milliseconds: 95_000))
    }

    @Test func limitMessagesSayWhatToDo() {
        #expect(JobLimitError.tooManyActive(userId: "u1", maxActiveJobs: 5).description
            == "user u1 already has 5 active jobs, the most allowed; wait for one to finish")
    }
}

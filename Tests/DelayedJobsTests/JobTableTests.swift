import AWSClient
import LambdaEvents
import Testing
@testable import DelayedJobs

/// The table's layout: jobs, per-user counters, the sparse index of active jobs, and the
/// transactions that keep jobs and counters in step.
@Suite struct JobTableTests {
    let table = JobTable(name: "jobs")
    let job = Job.accepted(jobId: "7d0e3f6c-5e1a-4c39-9d55-8b8a0f2a6e01", userId: "u1", delayMilliseconds: 30_000, now: 1_000_000)

    @Test func jobsAndCountersLiveUnderDistinctKeyPrefixes() {
        #expect(JobTable.jobKey("abc") == ["pk": .string("job#abc")])
        #expect(JobTable.userKey("abc") == ["pk": .string("user#abc")])
        #expect(table.read(jobId: "abc").key == ["pk": .string("job#abc")])
        #expect(table.read(jobId: "abc").consistentRead == true)
    }

    @Test func anActiveJobIsInTheActiveIndexAndHasNoTimeToLive() {
        let item = JobTable.item(for: job)
        #expect(item["pk"] == .string("job#\(job.jobId)"))
        #expect(item["status"] == .string("ACTIVE"))
        #expect(item["activeUserId"] == .string("u1"))
        #expect(item["dueAt"] == .number("1030000"))
        #expect(item["expiresAt"] == nil)
        #expect(JobTable.job(from: item) == job)
    }

    @Test func aFinishedJobLeavesTheIndexAndExpiresAfterAWeek() {
        var finished = job
        finished.status = .failed
        finished.finishedAt = 2_000_000
        finished.failureReason = "no event"
        let item = JobTable.item(for: finished)
        #expect(item["activeUserId"] == nil)
        #expect(item["expiresAt"] == .number(String(2_000 + 604_800)))
        #expect(JobTable.job(from: item) == finished)
    }

    @Test func anItemThatIsNotAJobReadsAsNone() {
        #expect(JobTable.job(from: ["pk": .string("user#u1"), "activeJobs": .number("2")]) == nil)
        var item = JobTable.item(for: job)
        item["status"] = .string("PAUSED")
        #expect(JobTable.job(from: item) == nil)
    }

    @Test func acceptingTakesASlotUnderTheLimitAndWritesTheJobInOneTransaction() throws {
        let actions = table.open(job, maxActiveJobs: 5).transactItems
        #expect(actions.count == 2)
        guard case .update(let counter) = actions[0], case .put(let put) = actions[1] else {
            Issue.record("expected an update of the counter, then a put of the job")
            return
        }
        #expect(counter.key == ["pk": .string("user#u1")])
        #expect(counter.updateExpression == "ADD #active :one")
        #expect(counter.conditionExpression == "attribute_not_exists(#active) OR #active < :max")
        #expect(counter.expressionAttributeValues[":max"] == .number("5"))
        #expect(put.item == JobTable.item(for: job))
        #expect(put.conditionExpression == "attribute_not_exists(#pk)")
    }

    @Test func finishingChangesAnActiveJobAndGivesTheSlotBackInOneTransaction() throws {
        let actions = table.finish(job, as: .completed, reason: nil, now: 1_030_500).transactItems
        guard actions.count == 2, case .update(let update) = actions[0], case .update(let counter) = actions[1] else {
            Issue.record("expected two updates")
            return
        }
        #expect(update.key == ["pk": .string("job#\(job.jobId)")])
        #expect(update.updateExpression == "SET #status = :status, #finishedAt = :now, #expiresAt = :ttl REMOVE #activeUser")
        #expect(update.conditionExpression == "#status = :active")
        #expect(update.expressionAttributeValues[":status"] == .string("COMPLETED"))
        #expect(update.expressionAttributeValues[":active"] == .string("ACTIVE"))
        #expect(update.expressionAttributeNames["#activeUser"] == "activeUserId")
        #expect(counter.key == ["pk": .string("user#u1")])
        #expect(counter.updateExpression == "ADD #active :minusOne")
        #expect(counter.conditionExpression == "#active > :zero")
    }

    @Test func aFailureRecordsItsReason() {
        let update = table.finishJob(job, as: .failed, reason: "lost", now: 1)
        #expect(update.updateExpression.contains("#reason = :reason"))
        #expect(update.expressionAttributeNames["#reason"] == "failureReason")
        #expect(update.expressionAttributeValues[":reason"] == .string("lost"))
    }

    @Test func abandonedJobsAreFoundThroughTheUsersActiveIndexNotAScan() {
        let query = table.activeJobs(of: "u1", dueBefore: 500)
        #expect(query.indexName == "ActiveJobsByUser")
        #expect(query.keyConditionExpression == "#user = :user AND #due < :due")
        #expect(query.expressionAttributeNames == ["#user": "activeUserId", "#due": "dueAt"])
        #expect(query.expressionAttributeValues == [":user": .string("u1"), ":due": .number("500")])
    }
}

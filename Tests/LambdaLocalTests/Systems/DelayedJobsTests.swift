import CurlHTTP
import Foundation
import Testing

/// The delayed jobs (delay, asyncJob) through lambda-local on the package's template: jobs in over
/// HTTP, handed to asyncJob over the template's bus, and checked in the local DynamoDB.
///
/// The tests that accept a job need lambda-local to serve EventBridge's PutEvents and deliver the
/// bus's events to the rule's target; the others do not publish, or publish to a dead endpoint.
@Suite struct DelayedJobsTests {
    static let table = "DelayedJobsTable"

    static func submit(_ server: RootTemplateServer, _ user: String, _ delaySeconds: Double) async throws -> CurlResponse {
        try await server.send("POST", "/dataspan/delay", json: ["userId": user, "delaySeconds": delaySeconds])
    }

    static func status(_ server: RootTemplateServer, _ jobId: String) async throws -> CurlResponse {
        try await server.send("GET", "/dataspan/jobs/\(jobId)")
    }

    /// The user's slot counter as stored.
    static func counter(_ server: RootTemplateServer, _ user: String) async throws -> Int? {
        let answer = try await server.dynamo(
            "GetItem", ["TableName": table, "Key": ["pk": ["S": "user#\(user)"]], "ConsistentRead": true])
        return ((answer["Item"] as? [String: Any])?["activeJobs"] as? [String: Any])?["N"].flatMap { ($0 as? String).flatMap(Int.init) }
    }

    /// The user's active jobs, from the sparse index the functions use.
    static func activeJobs(_ server: RootTemplateServer, _ user: String) async throws -> [[String: Any]] {
        let answer = try await server.dynamo("Query", [
            "TableName": table, "IndexName": "ActiveJobsByUser",
            "KeyConditionExpression": "activeUserId = :u", "ExpressionAttributeValues": [":u": ["S": user]],
        ])
        return answer["Items"] as? [[String: Any]] ?? []
    }

    /// Every job of the user, whatever its status (a Scan: fine in a test, never on a request path).
    static func allJobs(_ server: RootTemplateServer, _ user: String) async throws -> [[String: Any]] {
        let answer = try await server.dynamo("Scan", [
            "TableName": table, "FilterExpression": "userId = :u AND begins_with(pk, :job)",
            "ExpressionAttributeValues": [":u": ["S": user], ":job": ["S": "job#"]],
        ])
        return answer["Items"] as? [[String: Any]] ?? []
    }

    static func string(_ item: [String: Any], _ name: String) -> String? {
        (item[name] as? [String: Any])?["S"] as? String ?? (item[name] as? [String: Any])?["N"] as? String
    }

    /// Writes an active job, and the slot it holds, as the delay function would have.
    static func writeActiveJob(
        _ server: RootTemplateServer, id: String, user: String, createdAt: Int64, delayMilliseconds: Int64
    ) async throws {
        _ = try await server.dynamo("PutItem", ["TableName": table, "Item": [
            "pk": ["S": "job#\(id)"], "jobId": ["S": id], "userId": ["S": user], "status": ["S": "ACTIVE"],
            "delayMilliseconds": ["N": String(delayMilliseconds)], "createdAt": ["N": String(createdAt)],
            "dueAt": ["N": String(createdAt + delayMilliseconds)], "activeUserId": ["S": user],
        ]])
        _ = try await server.dynamo("UpdateItem", [
            "TableName": table, "Key": ["pk": ["S": "user#\(user)"]],
            "UpdateExpression": "ADD activeJobs :one", "ExpressionAttributeValues": [":one": ["N": "1"]],
        ])
    }

    static func event(jobId: String?) -> String {
        let detail = jobId.map { #"{"jobId": "\#($0)"}"# } ?? #"{"something": "else"}"#
        return """
            {"version": "0", "id": "6a7e8feb-b491-4cf7-a9f1-bf3703467718", "detail-type": "JobRequested",
             "source": "dataspan.jobs", "account": "123456789012", "time": "2026-01-01T00:00:00Z",
             "region": "us-east-1", "resources": [], "detail": \(detail)}
            """
    }

    static var nowMilliseconds: Int64 { Int64(Date().timeIntervalSince1970 * 1_000) }

    // MARK: Needs PutEvents and rule delivery in lambda-local

    @Test func anAcceptedJobIsServedByItsStatusRouteAndTheSixthIsRefused() async throws {
        try await RootTemplateServer.run { server in
            let accepted = try await Self.submit(server, "u1", 120)
            #expect(accepted.status == 202, "\(accepted.text)")
            #expect(accepted.json["status"] as? String == "ACTIVE")
            let jobId = try #require(accepted.json["jobId"] as? String)
            let status = try await Self.status(server, jobId)
            #expect(status.status == 200, "\(status.text)")
            #expect(status.json["status"] as? String == "ACTIVE")
            #expect(status.json["delaySeconds"] as? Double == 120)
            #expect(status.json["createdAt"] is String)
            #expect(status.json["dueAt"] is String)

            // The query-string form is the same route's other door.
            let byQuery = try await server.send("GET", "/dataspan/delay?delaySeconds=120&userId=u1")
            #expect(byQuery.status == 202, "\(byQuery.text)")
            for _ in 0..<3 { #expect(try await Self.submit(server, "u1", 120).status == 202) }
            let refused = try await Self.submit(server, "u1", 120)
            #expect(refused.status == 429)
            #expect(refused.json["message"] as? String == "user u1 already has 5 active jobs, the most allowed; wait for one to finish")
            #expect(try await Self.counter(server, "u1") == 5)
            #expect(try await Self.activeJobs(server, "u1").count == 5)
            // Another user is not affected.
            #expect(try await Self.submit(server, "u2", 120).status == 202)
        }
    }

    @Test func theRuleRunsAShortJobWhichCompletesAndFreesItsSlot() async throws {
        try await RootTemplateServer.run { server in
            let accepted = try await Self.submit(server, "quick", 1)
            #expect(accepted.status == 202, "\(accepted.text)")
            let jobId = try #require(accepted.json["jobId"] as? String)
            var status = ""
            let deadline = ContinuousClock.now + .seconds(20)
            while status != "COMPLETED", ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                status = try await Self.status(server, jobId).json["status"] as? String ?? ""
            }
            #expect(status == "COMPLETED", "\(server.server.log)")
            let finished = try await Self.status(server, jobId).json
            #expect(finished["finishedAt"] is String)
            #expect(try await Self.counter(server, "quick") == 0)
            #expect(try await Self.activeJobs(server, "quick").isEmpty)
        }
    }

    @Test func twoThousandParallelDelaysNeverExceedFiveActiveJobsPerUser() async throws {
        try await RootTemplateServer.run { server in
            let answers = try await RootTemplateServer.inParallel(2_000, width: 64) { index in
                let response = try await Self.submit(server, "user-\(index % 100)", 300)
                return (user: index % 100, status: response.status)
            }
            #expect(Set(answers.map(\.status)) == [202, 429], "\(Set(answers.map(\.status)))")
            for user in 0..<100 {
                let accepted = answers.filter { $0.user == user && $0.status == 202 }.count
                #expect(accepted == 5, "user-\(user) got \(accepted) jobs accepted")
            }
            let checked = try await RootTemplateServer.inParallel(100, width: 20) { user in
                (try await Self.counter(server, "user-\(user)"), try await Self.activeJobs(server, "user-\(user)").count)
            }
            for (user, (counter, active)) in checked.enumerated() {
                #expect(counter == 5 && active == 5, "user-\(user): counter \(String(describing: counter)), \(active) active jobs")
            }
        }
    }

    @Test func anAbandonedJobGivesItsSlotBackToTheNextRequest() async throws {
        try await RootTemplateServer.run { server in
            let longAgo = Self.nowMilliseconds - 3 * 3_600_000
            let stuck = (0..<5).map { _ in UUID().uuidString.lowercased() }
            for id in stuck {
                try await Self.writeActiveJob(server, id: id, user: "stuck", createdAt: longAgo, delayMilliseconds: 1_000)
            }
            let accepted = try await Self.submit(server, "stuck", 120)
            #expect(accepted.status == 202, "\(accepted.text)")
            #expect(try await Self.counter(server, "stuck") == 1)
            let old = try await Self.status(server, stuck[0]).json
            #expect(old["status"] as? String == "FAILED")
            #expect((old["failureReason"] as? String)?.hasPrefix("abandoned") == true)
        }
    }

    // MARK: Needs no PutEvents

    @Test func aJobWhoseEventCannotBePublishedIsFailedAndFreesItsSlot() async throws {
        // Nothing listens on port 9: every PutEvents fails to connect.
        let environment = ["delay": ["AWS_ENDPOINT_URL_EVENTBRIDGE": "http://127.0.0.1:9"]]
        try await RootTemplateServer.run(environment: environment) { server in
            for _ in 0..<6 {
                let failed = try await Self.submit(server, "unlucky", 5)
                #expect(failed.status == 503, "\(failed.text)")
                #expect(failed.json["message"] as? String == "a service this function depends on failed; try again")
                #expect((failed.json["requestId"] as? String)?.isEmpty == false)
            }
            // Six failures in a row and never a 429: each gave its slot back.
            #expect(try await Self.counter(server, "unlucky") == 0)
            #expect(try await Self.activeJobs(server, "unlucky").isEmpty)
            let jobs = try await Self.allJobs(server, "unlucky")
            #expect(jobs.count == 6)
            #expect(jobs.allSatisfy { Self.string($0, "status") == "FAILED" })
            #expect(jobs.allSatisfy { Self.string($0, "failureReason")?.contains("could not be published") == true })
        }
    }

    @Test func badInputsAreClientErrorsThatSayWhatIsWrong() async throws {
        try await RootTemplateServer.run { server in
            let posts: [(String, Any?, String)] = [
                ("not a number", ["userId": "u", "delaySeconds": "soon"], "delaySeconds must be a number"),
                ("negative", ["userId": "u", "delaySeconds": -1], "delaySeconds must not be negative, got -1.0"),
                ("a fraction", ["userId": "u", "delaySeconds": 1.5], "delaySeconds must be a whole number of seconds, got 1.5"),
                ("a blank user", ["userId": " ", "delaySeconds": 1], "userId must not be blank"),
                ("too long", ["userId": "u", "delaySeconds": 841],
                 "delaySeconds must be at most 840 (the job function's timeout less a margin), got 841.0"),
                ("missing", ["userId": "u"], "delaySeconds is required"),
                ("no user", ["delaySeconds": 1], "userId is required"),
                ("not JSON", "{delaySeconds", "the body is not valid JSON"),
                ("no body", nil, "userId is required"),
            ]
            for (label, body, message) in posts {
                let response = try await server.send("POST", "/dataspan/delay", json: body)
                #expect(response.status == 400, "\(label): \(response.status) \(response.text)")
                #expect(response.json["message"] as? String == message, "\(label)")
            }
            let query = try await server.send("GET", "/dataspan/delay?delaySeconds=soon&userId=u")
            #expect(query.status == 400)
            #expect(query.json["message"] as? String == "delaySeconds must be a number of seconds, got \"soon\"")
            for id in ["not-a-job", UUID().uuidString.lowercased()] {
                let missing = try await Self.status(server, id)
                #expect(missing.status == 404)
                #expect(missing.json["message"] as? String == "no job \(id)")
            }
            #expect(try await Self.counter(server, "u") == nil)
        }
    }

    @Test func asyncJobCompletesItsJobOnceAndARedeliveredEventChangesNothing() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("async-job-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = folder.appendingPathComponent("state.sqlite").path
        let jobId = UUID().uuidString.lowercased()
        try await RootTemplateServer.run(state: state) { server in
            try await Self.writeActiveJob(server, id: jobId, user: "runner", createdAt: Self.nowMilliseconds, delayMilliseconds: 500)
        }

        let first = try await invokeRootFunction("asyncJob", event: Self.event(jobId: jobId), state: state, in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.json["status"] as? String == "COMPLETED")
        #expect(first.json["changed"] as? Bool == true)
        let redelivered = try await invokeRootFunction("asyncJob", event: Self.event(jobId: jobId), state: state, in: folder)
        #expect(redelivered.status == 0, "\(redelivered.stderr)")
        #expect(redelivered.json["status"] as? String == "COMPLETED")
        #expect(redelivered.json["changed"] as? Bool == false)

        try await RootTemplateServer.run(state: state) { server in
            #expect(try await Self.counter(server, "runner") == 0)
            let job = try await server.dynamo("GetItem", ["TableName": Self.table, "Key": ["pk": ["S": "job#\(jobId)"]]])
            let item = try #require(job["Item"] as? [String: Any])
            #expect(Self.string(item, "status") == "COMPLETED")
            #expect(item["activeUserId"] == nil)
            let finishedAt = try #require(Self.string(item, "finishedAt").flatMap { Int64($0) })
            let dueAt = try #require(Self.string(item, "dueAt").flatMap { Int64($0) })
            // It waited out the delay before completing.
            #expect(finishedAt >= dueAt)
        }
    }

    @Test func asyncJobLeavesAnUnknownJobOrAnEventWithoutOneAlone() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("async-job-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = try await invokeRootFunction("asyncJob", event: Self.event(jobId: UUID().uuidString.lowercased()), in: folder)
        #expect(unknown.status == 0, "\(unknown.stderr)")
        #expect(unknown.json["changed"] as? Bool == false)
        #expect(unknown.json["note"] as? String == "no such job")
        let empty = try await invokeRootFunction("asyncJob", event: Self.event(jobId: nil), in: folder)
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.json["note"] as? String == "the event's detail has no jobId")
    }

    @Test func theSampleEventsAreValidInputForInvoke() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("job-events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (file, status) in [("delay", 202), ("delay-query", 202), ("delay-status", 404)] {
            let event = try String(contentsOfFile: "\(BuiltProducts.packageRoot)/events/\(file).json", encoding: .utf8)
            let run = try await invokeRootFunction("delay", event: event, in: folder)
            #expect(run.status == 0, "\(file): \(run.stderr)")
            #expect(run.json["statusCode"] as? Int == status, "\(file): \(run.stdoutText)")
        }
        // Fresh state holds no such job: the event is valid, and changes nothing.
        let event = try String(contentsOfFile: "\(BuiltProducts.packageRoot)/events/asyncJob.json", encoding: .utf8)
        let run = try await invokeRootFunction("asyncJob", event: event, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.json["changed"] as? Bool == false)
    }
}

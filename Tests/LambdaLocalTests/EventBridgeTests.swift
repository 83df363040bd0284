import Foundation
import Synchronization
import Testing

/// EventBridge as a template wires it: boto3 puts events on buses, the template's rules match
/// them and invoke their functions asynchronously (with Lambda's retries), accepted events survive
/// a crash, and schedules fire.
@Suite struct EventBridgeTests {
    static func template(schedulesAt at: String = "2000-01-01T00:00:00") -> String {
        """
        Globals:
          Function:
            CodeUri: fixture
            Runtime: provided.al2
            Handler: eventlog
        Resources:
          JobsBus:
            Type: AWS::Events::EventBus
            Properties:
              Name: jobs
          OnJobs:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Requested:
                  Type: EventBridgeRule
                  Properties:
                    EventBusName: !Ref JobsBus
                    Pattern:
                      source: [dataspan.jobs]
                      detail-type: [JobRequested]
                      detail:
                        priority: [{numeric: [">", 5]}]
          OnApps:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Anything:
                  Type: CloudWatchEvent
                  Properties:
                    InputPath: $.detail
                    Pattern:
                      source: [{prefix: app.}]
          Flaky:
            Type: AWS::Serverless::Function
            Properties:
              # One instance, so that "fail once" is remembered between attempts.
              ReservedConcurrentExecutions: 1
              EventInvokeConfig:
                MaximumRetryAttempts: 1
              Events:
                Tests:
                  Type: EventBridgeRule
                  Properties:
                    Pattern:
                      source: [flaky]
          Ticker:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Once:
                  Type: ScheduleV2
                  Properties:
                    ScheduleExpression: at(\(at))
                    Input: '{"tick":"<aws.scheduler.scheduled-time>"}'
                Minutely:
                  Type: Schedule
                  Properties:
                    Schedule: rate(1 minute)
        """
    }

    struct Running {
        let project: FixtureProject
        let server: ServerProcess
        var endpoint: String

        /// Starts lambda-local on the project (a new one from `template` when none is given);
        /// `template` may also be a function of the time the server starts.
        static func start(
            template: String = EventBridgeTests.template(), _ extra: [String] = [], project: FixtureProject? = nil,
            templateAtStart: (() -> String)? = nil
        ) async throws -> Running {
            let project = try project ?? FixtureProject.create(template: template)
            let server = try await ServerProcess(
                ["start-lambda", "--port", "0", "--async-retry-delay", "0.2"] + extra, in: project.directory,
                expecting: ["Lambda Invoke API"],
                beforeStart: { if let templateAtStart { try project.write("template.yaml", templateAtStart()) } })
            return Running(project: project, server: server, endpoint: server.addresses["Lambda Invoke API"]!)
        }

        func events(_ arguments: [String]) async throws -> Any {
            let script = "\(BuiltProducts.packageRoot)/Tests/Fixtures/clients/eventbridge_client.py"
            let run = try await CommandRun.run("/usr/bin/env", ["python3", script, endpoint] + arguments, in: BuiltProducts.packageRoot)
            #expect(run.status == 0, "eventbridge_client.py: \(run.stderr)")
            return try JSONSerialization.jsonObject(with: Data(run.stdoutText.utf8))
        }

        func put(_ entries: String) async throws -> [String: Any] {
            try #require(try await events(["put", entries]) as? [String: Any])
        }

        /// The events a function received, as the fixture logged them.
        func received(by function: String) -> [[String: Any]] {
            server.log.split(separator: "\n").compactMap { line -> [String: Any]? in
                guard line.hasPrefix(function + " "), let range = line.range(of: "event-received ") else { return nil }
                return try? JSONSerialization.jsonObject(with: Data(line[range.upperBound...].utf8)) as? [String: Any]
            }
        }

        /// Waits until `condition` holds (at most 30 s).
        func wait(for condition: () -> Bool) async throws {
            let deadline = ContinuousClock.now + .seconds(30)
            while !condition() && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
            }
        }

        func finish(keepProject: Bool = false) async {
            await server.stop()
            if !keepProject { project.remove() }
        }
    }

    @Test func rulesMatchEventsOnTheirBusAndInvokeTheirFunctions() async throws {
        let running = try await Running.start()
        let response = try await running.put("""
            [{"Source": "dataspan.jobs", "DetailType": "JobRequested", "Detail": "{\\"jobId\\": \\"j1\\", \\"priority\\": 7}", "EventBusName": "jobs"},
             {"Source": "dataspan.jobs", "DetailType": "JobRequested", "Detail": "{\\"jobId\\": \\"j2\\", \\"priority\\": 3}", "EventBusName": "jobs"},
             {"Source": "dataspan.jobs", "DetailType": "JobRequested", "Detail": "{\\"jobId\\": \\"j3\\", \\"priority\\": 9}"},
             {"Source": "app.orders", "DetailType": "Placed", "Detail": "{\\"order\\": 12345678901234567890}", "Resources": ["arn:x"]}]
            """)
        #expect(response["FailedEntryCount"] as? Int == 0)
        let ids = (response["Entries"] as? [[String: Any]] ?? []).compactMap { $0["EventId"] as? String }
        #expect(ids.count == 4)

        try await running.wait { running.received(by: "OnJobs").count >= 1 && running.received(by: "OnApps").count >= 1 }
        try await Task.sleep(for: .milliseconds(500))
        // Only the high-priority job on the jobs bus matches; the one on the default bus does not.
        let jobs = running.received(by: "OnJobs")
        #expect(jobs.count == 1)
        #expect((jobs.first?["detail"] as? [String: Any])?["jobId"] as? String == "j1")
        #expect(jobs.first?["detail-type"] as? String == "JobRequested")
        #expect(jobs.first?["source"] as? String == "dataspan.jobs")
        #expect(jobs.first?["account"] as? String == "123456789012")
        #expect(jobs.first?["id"] as? String == ids[0])
        // InputPath sends the detail alone, its number digit for digit.
        #expect(running.server.log.contains(#"event-received {"order": 12345678901234567890}"#))
        await running.finish()
    }

    @Test func badEntriesFailAloneAndBadCallsFailWhole() async throws {
        let running = try await Running.start()
        let response = try await running.put("""
            [{"Source": "app.a", "DetailType": "T", "Detail": "{}", "EventBusName": "nope"},
             {"Source": "app.a", "Detail": "{}"},
             {"Source": "app.a", "DetailType": "T", "Detail": "[1, 2]"},
             {"Source": "app.a", "DetailType": "T", "Detail": "{not json"},
             {"Source": "app.ok", "DetailType": "T", "Detail": "{\\"fine\\": true}"}]
            """)
        #expect(response["FailedEntryCount"] as? Int == 4)
        let entries = try #require(response["Entries"] as? [[String: Any]])
        #expect(entries.map { $0["ErrorCode"] as? String } == [
            "ResourceNotFoundException", "InvalidArgument", "MalformedDetail", "MalformedDetail", nil,
        ])
        #expect(entries[0]["ErrorMessage"] as? String == "Event bus nope does not exist.")
        #expect((entries[1]["ErrorMessage"] as? String)?.contains("DetailType") == true)
        #expect(entries[4]["EventId"] is String)

        let tooMany = Array(repeating: #"{"Source": "a", "DetailType": "T", "Detail": "{}"}"#, count: 11).joined(separator: ",")
        let error = try #require(try await running.events(["error", "[\(tooMany)]"]) as? [String: Any])
        #expect(error["code"] as? String == "ValidationException")

        let buses = try await running.events(["buses"]) as? [String]
        #expect(buses == ["default", "jobs"])
        try await running.wait { running.received(by: "OnApps").count >= 1 }
        #expect(running.received(by: "OnApps").count == 1)
        #expect(running.server.log.contains("lambda-local: rule OnJobs-Requested on bus jobs -> OnJobs"))
        await running.finish()
    }

    @Test func aFailingTargetIsRetriedAsTheFunctionsEventInvokeConfigSays() async throws {
        let running = try await Running.start()
        _ = try await running.put("""
            [{"Source": "flaky", "DetailType": "T", "Detail": "{\\"id\\": \\"once\\", \\"fail\\": \\"once\\"}"},
             {"Source": "flaky", "DetailType": "T", "Detail": "{\\"id\\": \\"always\\", \\"fail\\": \\"always\\"}"}]
            """)
        try await running.wait { running.server.log.contains("failed after 2 attempts") }
        let received = running.received(by: "Flaky").compactMap { ($0["detail"] as? [String: Any])?["id"] as? String }
        // MaximumRetryAttempts: 1, so two attempts each: "once" succeeds on the second, "always" is dropped.
        #expect(received.filter { $0 == "once" }.count == 2)
        #expect(received.filter { $0 == "always" }.count == 2)
        #expect(running.server.log.contains("failed (FixtureFailure); retrying in"))
        #expect(running.server.log.split(separator: "\n").filter { $0.contains("the event is dropped") }.count == 1)
        await running.finish()
    }

    @Test func anAcceptedEventSurvivesACrashAndIsDeliveredAfterTheRestart() async throws {
        let project = try FixtureProject.create(template: Self.template())
        let first = try await Running.start(["--state", "state.sqlite", "--shutdown-grace", "1"], project: project)
        _ = try await first.put("""
            [{"Source": "dataspan.jobs", "DetailType": "JobRequested", "EventBusName": "jobs",
              "Detail": "{\\"id\\": \\"slow-1\\", \\"priority\\": 9, \\"sleep\\": 30}"}]
            """)
        try await first.wait { first.received(by: "OnJobs").count == 1 }
        // Killed while the function runs: the invocation was accepted but never finished.
        await first.server.stop(signal: SIGKILL)

        let second = try await Running.start(["--state", "state.sqlite", "--shutdown-grace", "1"], project: project)
        try await second.wait { second.received(by: "OnJobs").count == 1 }
        #expect((second.received(by: "OnJobs").first?["detail"] as? [String: Any])?["id"] as? String == "slow-1")
        await second.finish()
    }

    /// An `at()` time some seconds ahead, long enough for lambda-local to have started by then on a busy machine.
    static func soon() -> String {
        Date().addingTimeInterval(8).formatted(
            Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day().dateSeparator(.dash)
                .time(includingFractionalSeconds: false).timeSeparator(.colon))
    }

    @Test func schedulesFireUnlessTurnedOff() async throws {
        let soon = Mutex("")
        let running = try await Running.start(templateAtStart: {
            soon.withLock { $0 = Self.soon() }
            return Self.template(schedulesAt: soon.withLock { $0 })
        })
        try await running.wait { running.received(by: "Ticker").count >= 1 }
        #expect(running.server.log.contains("lambda-local: schedule TickerMinutely (rate(1 minute)) -> Ticker"))
        let tick = try #require(running.received(by: "Ticker").first)
        #expect((tick["tick"] as? String)?.hasPrefix(String(soon.withLock { $0 }.prefix(16))) == true)
        await running.finish()

        let quiet = try await Running.start(["--no-schedules"], templateAtStart: { Self.template(schedulesAt: Self.soon()) })
        try await Task.sleep(for: .seconds(10))
        #expect(quiet.received(by: "Ticker").isEmpty)
        #expect(!quiet.server.log.contains("lambda-local: schedule "))
        await quiet.finish()
    }

    @Test func aBadScheduleOrPatternStopsTheStartWithItsPlace() async throws {
        let badSchedule = Self.template().replacingOccurrences(of: "rate(1 minute)", with: "rate(5 minute)")
        let project = try FixtureProject.create(template: badSchedule)
        let run = try await project.lambdaLocal(["start-lambda", "--port", "0"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("Ticker.Events.Minutely"))
        #expect(run.stderr.contains("rate(5 minute)"))
        project.remove()

        let badPattern = Self.template().replacingOccurrences(of: #"[{prefix: app.}]"#, with: #"[{prefix: 5}]"#)
        let second = try FixtureProject.create(template: badPattern)
        let failed = try await second.lambdaLocal(["start-lambda", "--port", "0"])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("OnApps.Events.Anything"))
        second.remove()
    }
}

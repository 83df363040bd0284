import Foundation
import Testing

/// The local DynamoDB under load: every conditional write is atomic among concurrent clients, and
/// every acknowledged write survives the emulator being killed.
@Suite struct LocalServicesDurabilityTests {
    static func load(_ arguments: [String]) async throws -> CommandRun {
        let script = "\(BuiltProducts.packageRoot)/Tests/Fixtures/clients/dynamodb_load.py"
        return try await CommandRun.run("/usr/bin/env", ["python3", script] + arguments, in: BuiltProducts.packageRoot)
    }

    @Test func sixtyFourClientsNeverPassTheLimitInTheCondition() async throws {
        let project = try FixtureProject.create(template: LocalServicesTests.template)
        defer { project.remove() }
        let server = try await ServerProcess(["start-lambda", "--port", "0"], in: project.directory, expecting: ["Lambda Invoke API"])
        let run = try await Self.load([server.addresses["Lambda Invoke API"]!, "counter", "Users", "64", "150"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.json["accepted"] as? Int == 150)
        #expect(run.json["final"] as? Int == 150)
        await server.stop()
    }

    @Test func everyAcknowledgedWriteSurvivesAKill() async throws {
        let project = try FixtureProject.create(template: LocalServicesTests.template)
        defer { project.remove() }
        let log = "\(project.directory)/acknowledged.txt"
        let first = try await ServerProcess(["start-lambda", "--port", "0"], in: project.directory, expecting: ["Lambda Invoke API"])
        let endpoint = first.addresses["Lambda Invoke API"]!
        // A table with a stream: each write and its stream record are one transaction.
        async let writer = Self.load([endpoint, "write", "events", log])
        // Kill without warning once writes are flowing.
        let deadline = ContinuousClock.now + .seconds(30)
        while ((try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").count ?? 0) < 50,
              ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        await first.stop(signal: SIGKILL)
        let written = try await writer
        #expect(written.status == 0)

        let second = try await ServerProcess(["start-lambda", "--port", "0"], in: project.directory, expecting: ["Lambda Invoke API"])
        let check = try await Self.load([second.addresses["Lambda Invoke API"]!, "verify", "events", log])
        #expect(check.status == 0, "\(check.stderr)")
        #expect((check.json["acknowledged"] as? Int ?? 0) >= 50)
        #expect((check.json["missing"] as? [String]) == [], "acknowledged writes lost: \(check.json["missing"] ?? "?")")
        #expect((check.json["missingStreamRecords"] as? [String]) == [], "stream records lost: \(check.json["missingStreamRecords"] ?? "?")")
        await second.stop()
    }
}

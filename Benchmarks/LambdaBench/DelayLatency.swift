import DelayedJobs
import Foundation
import LambdaEvents
import LocalDynamoDB

/// The delayed-jobs system's request path at two table sizes: `POST /dataspan/delay` through
/// `lambda-local start` with the project's template and release binaries, once with a thousand
/// job records in the table and once with a million. The per-user limit is one conditional write
/// on the user's counter, so the figures should barely move with the table's size; a Scan would
/// make the second a thousand times slower.
enum DelayLatency {
    struct Row {
        let jobRecords: Int
        let loadTime: Duration
        let result: Wrk.Result
    }

    /// The users the requests and the stored jobs are spread over: the original's question.
    static let users = 12_000
    static let table = "DelayedJobsTable"

    static func measure(binDirectory: String, template: String, sizes: [Int], seconds: Int) async throws -> [Row] {
        var rows: [Row] = []
        for size in sizes {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-delay-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let state = "\(directory)/state.sqlite"
            let arguments = [
                "--template", template, "--state", state, "--products", binDirectory, "--no-schedules",
                "--shutdown-grace", "1",
            ]
            // The first start creates the template's tables as a deploy would; the jobs go in
            // while lambda-local is stopped, straight into its state file.
            try await LambdaLocalServer(
                binDirectory: binDirectory, arguments: ["start-lambda", "--port", "0"] + arguments,
                directory: directory, servers: ["Lambda Invoke API"]
            ).stop()
            let loadTime = try await preload(statePath: state, jobs: size)
            let server = try await LambdaLocalServer(
                binDirectory: binDirectory, arguments: ["start", "--port", "0", "--lambda-port", "0"] + arguments,
                directory: directory, servers: ["API Gateway", "Lambda Invoke API"])
            defer { server.stop() }
            let script = "\(directory)/delay.lua"
            try requestScript.write(toFile: script, atomically: true, encoding: .utf8)
            let url = "\(server.address("API Gateway"))/dataspan/delay"
            // Warm instances and connections first; the users of the warm-up differ from the
            // measured ones only in their counters' history, which costs nothing.
            _ = try await Wrk.measure(url: url, connections: 1, seconds: 1, script: script)
            let result = try await Wrk.measure(url: url, connections: 1, seconds: seconds, script: script)
            server.stop()
            rows.append(Row(jobRecords: size, loadTime: loadTime, result: result))
        }
        return rows
    }

    /// One job after another, each from the next of ``users`` users, every one far below its
    /// limit; the delay is long enough that no job finishes while the figures are taken, so what
    /// is measured is accepting jobs, not running them.
    static let requestScript = """
        local counter = 0
        request = function()
          counter = counter + 1
          local body = string.format('{"delaySeconds":600,"userId":"bench-user-%d"}', counter % \(users))
          return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
        end
        """

    /// Finished jobs spread over the users (kept for a week, so none expires during the run), and
    /// each user's slot counter, as the delay and asyncJob functions leave them.
    static func preload(statePath: String, jobs: Int) async throws -> Duration {
        let store = try DynamoDBStore(path: statePath)
        let started = ContinuousClock.now
        let now = Int64(Date().timeIntervalSince1970 * 1_000)
        var items: [DynamoDBItem] = (0..<users).map { user in
            var counter = JobTable.userKey("bench-user-\(user)")
            counter[JobTable.activeJobsAttribute] = .number("0")
            return counter
        }
        var index = 0
        while index < jobs || !items.isEmpty {
            while items.count < 25, index < jobs {
                let createdAt = now - Int64(jobs - index) * 10
                items.append(JobTable.item(for: Job(
                    jobId: UUID().uuidString.lowercased(), userId: "bench-user-\(index % users)", status: .completed,
                    delayMilliseconds: 30_000, createdAt: createdAt, finishedAt: createdAt + 30_000)))
                index += 1
            }
            let batch = items.prefix(25)
            items.removeFirst(batch.count)
            let output = try await store.batchWriteItem(BatchWriteItemInput(requestItems: [
                table: batch.map { WriteRequest(putRequest: PutRequest(item: $0)) },
            ]))
            guard output.unprocessedItems.isEmpty else {
                throw BenchInstance.Failure(description: "the job preload left items unprocessed")
            }
        }
        return ContinuousClock.now - started
    }
}

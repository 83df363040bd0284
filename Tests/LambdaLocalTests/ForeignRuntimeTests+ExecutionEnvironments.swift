import Foundation
import Testing

/// How `lambda-local start` shares execution environments, checked with AWS's own Python runtime
/// client (awslambdaric 4.x, which echoes the invocation id and runs `AWS_LAMBDA_MAX_CONCURRENCY`
/// workers): Managed Instances run several invocations in one environment, tenant isolation gives
/// each tenant environments of its own.
///
/// awslambdaric forks a worker process per slot, so an environment is told by its process group
/// (the runtime's own process id), which every worker shares.
extension ForeignRuntimeTests {
    static let environmentsTemplate = """
        Globals:
          Function:
            Runtime: provided.al2
            CodeUri: \(ForeignRuntimeTests.pythonFunction)
            Handler: app.environment
            Timeout: 10
        Resources:
          Concurrent:
            Type: AWS::Serverless::Function
            Properties:
              CapacityProviderConfig:
                Arn: arn:aws:lambda:us-east-1:123456789012:capacity-provider/local
                PerExecutionEnvironmentMaxConcurrency: 4
          Tenanted:
            Type: AWS::Serverless::Function
            Properties:
              TenancyConfig: {TenantIsolationMode: PER_TENANT}
              Events:
                Who:
                  Type: Api
                  Properties: {Path: /who, Method: get}
          Plain:
            Type: AWS::Serverless::Function
        """

    struct Running {
        let project: FixtureProject
        let server: ServerProcess
        var endpoint: String { server.addresses["Lambda Invoke API"]! }
        var api: String { server.addresses["API Gateway"]! }

        static func start() async throws -> Running {
            let project = try FixtureProject.create(template: ForeignRuntimeTests.environmentsTemplate)
            let server = try await ServerProcess(
                ["start", "--port", "0", "--lambda-port", "0", "--in-memory"], in: project.directory,
                expecting: ["API Gateway", "Lambda Invoke API"])
            return Running(project: project, server: server)
        }

        func parallel(_ function: String, _ count: Int, payloads: [String] = ["{}"], tenants: [String]? = nil) async throws -> (seconds: Double, results: [[String: Any]]) {
            let payloadList = String(decoding: try JSONSerialization.data(withJSONObject: payloads), as: UTF8.self)
            var arguments = ["parallel", function, String(count), "--payloads", payloadList]
            if let tenants {
                arguments += ["--tenants", String(decoding: try JSONSerialization.data(withJSONObject: tenants), as: UTF8.self)]
            }
            let run = try await lambdaClient(endpoint, arguments)
            return (run["seconds"] as? Double ?? 0, run["results"] as? [[String: Any]] ?? [])
        }

        func finish() async {
            await server.stop()
            project.remove()
        }
    }

    static func body(_ result: [String: Any]) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data((result["payload"] as? String ?? "").utf8)) as? [String: Any]) ?? [:]
    }

    static func environment(_ result: [String: Any]) -> Int? { body(result)["environment"] as? Int }

    @Test func aManagedInstancesFunctionRunsFourOverlappingInvocationsInOneEnvironment() async throws {
        let running = try await Running.start()
        // Cold: the first request starts the environment, the other three join it.
        let cold = try await running.parallel("Concurrent", 4, payloads: [#"{"seconds":1}"#])
        #expect(cold.results.allSatisfy { $0["functionError"] is NSNull }, "\(cold.results)")
        let environments = Set(cold.results.compactMap(Self.environment))
        #expect(environments.count == 1, "\(cold.results)")
        #expect(cold.results.allSatisfy { Self.body($0)["maxConcurrency"] as? String == "4" })

        // Warm: four one-second invocations overlap. Each caller waits about as long as the whole
        // round; run one after the other, the round would take as long as all four waits together.
        let warm = try await running.parallel("Concurrent", 4, payloads: [#"{"seconds":1}"#])
        #expect(Set(warm.results.compactMap(Self.environment)) == environments)
        #expect(Set(warm.results.compactMap { Self.body($0)["pid"] as? Int }).count == 4, "one worker per slot")
        let waited = warm.results.reduce(0) { $0 + ($1["seconds"] as? Double ?? 0) }
        #expect(warm.seconds < waited * 0.6, "round \(warm.seconds) s, waits together \(waited) s")

        // A fifth at once finds the four slots taken: the pool starts a second environment.
        let five = try await running.parallel("Concurrent", 5, payloads: [#"{"seconds":1}"#])
        let counts = Dictionary(grouping: five.results.compactMap(Self.environment), by: { $0 }).mapValues(\.count)
        #expect(counts.values.sorted() == [1, 4], "\(counts)")
        #expect(counts.keys.contains(environments.first ?? -1))
        #expect(running.server.log.components(separatedBy: "REPORT RequestId: ").count - 1 == 13)
        await running.finish()
    }

    @Test func aCrashFailsEveryInvocationInFlightInTheEnvironmentAndTheNextGetsAFreshOne() async throws {
        let running = try await Running.start()
        let first = try #require(Self.environment(try await lambdaClient(running.endpoint, ["invoke", "Concurrent", "--payload", #"{"seconds":0}"#])))
        let crash = try await running.parallel(
            "Concurrent", 4, payloads: [#"{"seconds":5}"#, #"{"seconds":5}"#, #"{"seconds":5}"#, #"{"crash":true,"after":0.5}"#])
        #expect(crash.results.count == 4)
        for result in crash.results {
            #expect(result["functionError"] as? String == "Unhandled")
            #expect(Self.body(result)["errorType"] as? String == "Runtime.ExitError", "\(result)")
        }
        #expect(!processIsAlive(Int32(first)))
        let after = try #require(Self.environment(try await lambdaClient(running.endpoint, ["invoke", "Concurrent", "--payload", #"{"seconds":0}"#])))
        #expect(after != first)
        await running.finish()
    }

    @Test func tenantsNeverShareAnEnvironment() async throws {
        let running = try await Running.start()
        let tenants = (0..<5).map { "tenant-\($0)" }
        let round = try await running.parallel("Tenanted", 50, payloads: [#"{"seconds":0.2}"#], tenants: tenants)
        #expect(round.results.count == 50)
        var environments: [String: Set<Int>] = [:]
        for result in round.results {
            let tenant = try #require(result["tenant"] as? String)
            #expect(Self.body(result)["tenantId"] as? String == tenant, "the context carries the tenant: \(result)")
            environments[tenant, default: []].insert(try #require(Self.environment(result)))
        }
        #expect(environments.count == 5)
        for (tenant, mine) in environments {
            for (other, theirs) in environments where other != tenant {
                #expect(mine.isDisjoint(with: theirs), "\(tenant) and \(other) shared an environment")
            }
        }
        #expect(running.server.log.contains(" TenantId: tenant-3\n"))
        #expect(running.server.log.contains("\tTenantId: tenant-3\n"))
        await running.finish()
    }

    @Test func aTenantIDIsRequiredWhereTenantsAreIsolatedAndRefusedElsewhere() async throws {
        let running = try await Running.start()
        let missing = try await lambdaClient(running.endpoint, ["invoke", "Tenanted"])
        #expect(missing["error"] as? String == "InvalidParameterValueException")
        #expect(missing["status"] as? Int == 400)
        #expect((missing["message"] as? String)?.contains("tenant") == true)
        let unexpected = try await lambdaClient(running.endpoint, ["invoke", "Plain", "--tenant-id", "blue"])
        #expect(unexpected["error"] as? String == "InvalidParameterValueException")
        #expect(unexpected["status"] as? Int == 400)
        let event = try await lambdaClient(running.endpoint, ["invoke", "Plain", "--tenant-id", "blue", "--type", "Event"])
        #expect(event["error"] as? String == "InvalidParameterValueException")
        #expect(!running.server.log.contains("START RequestId"))
        let served = try await lambdaClient(running.endpoint, ["invoke", "Tenanted", "--tenant-id", "blue", "--payload", #"{"seconds":0}"#])
        #expect(Self.body(served)["tenantId"] as? String == "blue")
        await running.finish()
    }

    @Test func aRESTRoutePassesTheTenantHeaderThrough() async throws {
        let running = try await Running.start()
        let answer = try await HTTPClient.request(
            "GET", running.api + "/who?seconds=0", headers: [("X-Amz-Tenant-Id", "green")])
        #expect(answer.status == 200, "\(answer.text)")
        #expect(answer.json["tenantId"] as? String == "green")
        // Without the header the invocation is refused, and the gateway answers as for a failed one.
        let without = try await HTTPClient.request("GET", running.api + "/who?seconds=0")
        #expect(without.status != 200)
        #expect(running.server.log.contains("InvalidParameterValueException"))
        await running.finish()
    }
}

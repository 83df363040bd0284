import Foundation
import Testing

/// A table's stream delivered to a function as the template wires it: in order, and from a
/// checkpoint kept in the state file, so a restart neither replays nor loses a batch.
@Suite struct StreamEventSourceTests {
    static let template = """
        Resources:
          Reader:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: fixture
              Runtime: provided.al2
              Handler: streamlog
              Events:
                Changes:
                  Type: DynamoDB
                  Properties:
                    Stream: !GetAtt Notes.StreamArn
                    StartingPosition: TRIM_HORIZON
                    BatchSize: 10
                    FunctionResponseTypes: [ReportBatchItemFailures]
          Strict:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: fixture
              Runtime: provided.al2
              Handler: streamlog
              Events:
                Changes:
                  Type: DynamoDB
                  Properties:
                    Stream: !GetAtt Jobs.StreamArn
                    StartingPosition: TRIM_HORIZON
                    MaximumRetryAttempts: 1
          Halver:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: fixture
              Runtime: provided.al2
              Handler: streamlog
              Events:
                Changes:
                  Type: DynamoDB
                  Properties:
                    Stream: !GetAtt Parts.StreamArn
                    StartingPosition: TRIM_HORIZON
                    BatchSize: 10
                    MaximumRetryAttempts: 0
                    BisectBatchOnFunctionError: true
          Parts:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: parts
              BillingMode: PAY_PER_REQUEST
              AttributeDefinitions:
                - {AttributeName: id, AttributeType: S}
              KeySchema:
                - {AttributeName: id, KeyType: HASH}
              StreamSpecification:
                StreamViewType: KEYS_ONLY
          Jobs:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: jobs
              BillingMode: PAY_PER_REQUEST
              AttributeDefinitions:
                - {AttributeName: id, AttributeType: S}
              KeySchema:
                - {AttributeName: id, KeyType: HASH}
              StreamSpecification:
                StreamViewType: KEYS_ONLY
          Notes:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: notes
              BillingMode: PAY_PER_REQUEST
              AttributeDefinitions:
                - {AttributeName: id, AttributeType: S}
              KeySchema:
                - {AttributeName: id, KeyType: HASH}
              StreamSpecification:
                StreamViewType: NEW_IMAGE
        """

    static func deliveries(_ log: String, _ function: String = "Reader") -> [String] {
        log.split(separator: "\n").filter { $0.hasPrefix(function) }.compactMap { line in
            line.range(of: "stream-record ").map { String(line[$0.upperBound...]) }
        }
    }

    static func waitFor(_ count: Int, in server: ServerProcess, from function: String = "Reader") async throws -> [String] {
        let deadline = ContinuousClock.now + .seconds(20)
        while deliveries(server.log, function).count < count && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        return deliveries(server.log, function)
    }

    @Test func changesReachTheFunctionInOrderAndARestartResumesAfterTheLastBatch() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        let first = try await ServerProcess(["start-lambda", "--port", "0"], in: project.directory, expecting: ["Lambda Invoke API"])
        _ = try await LocalServicesTests.dynamoClient(first.addresses["Lambda Invoke API"]!, ["put", "notes", "a", "b", "c"])
        #expect(try await Self.waitFor(3, in: first) == ["INSERT a", "INSERT b", "INSERT c"])
        await first.stop()

        let second = try await ServerProcess(["start-lambda", "--port", "0"], in: project.directory, expecting: ["Lambda Invoke API"])
        _ = try await LocalServicesTests.dynamoClient(second.addresses["Lambda Invoke API"]!, ["put", "notes", "d"])
        // Only the new record: the first three were acknowledged before the restart.
        #expect(try await Self.waitFor(1, in: second) == ["INSERT d"])
        try await Task.sleep(for: .milliseconds(600))
        #expect(Self.deliveries(second.log) == ["INSERT d"])
        await second.stop()
    }

    @Test func aReportedItemFailureIsRetriedFromThatItem() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        let server = try await ServerProcess(["start-lambda", "--port", "0", "--in-memory"], in: project.directory, expecting: ["Lambda Invoke API"])
        _ = try await LocalServicesTests.dynamoClient(server.addresses["Lambda Invoke API"]!, ["batch", "notes", "a", "flaky", "b"])
        // The first delivery fails at "flaky"; the retry starts there, and "a" is not sent again.
        #expect(try await Self.waitFor(5, in: server) == ["INSERT a", "INSERT flaky", "INSERT b", "INSERT flaky", "INSERT b"])
        await server.stop()
    }

    @Test func aBatchThatKeepsFailingIsSkippedAfterItsRetries() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        let server = try await ServerProcess(["start-lambda", "--port", "0", "--in-memory"], in: project.directory, expecting: ["Lambda Invoke API"])
        let endpoint = server.addresses["Lambda Invoke API"]!
        _ = try await LocalServicesTests.dynamoClient(endpoint, ["batch", "jobs", "poison"])
        // One try and one retry (MaximumRetryAttempts: 1), then the stream moves on.
        #expect(try await Self.waitFor(2, in: server, from: "Strict") == ["INSERT poison", "INSERT poison"])
        _ = try await LocalServicesTests.dynamoClient(endpoint, ["batch", "jobs", "after"])
        #expect(try await Self.waitFor(3, in: server, from: "Strict") == ["INSERT poison", "INSERT poison", "INSERT after"])
        #expect(server.log.contains("giving up on 1 stream records after 2 attempts"))
        await server.stop()
    }

    @Test func aBisectedBatchLosesOnlyTheRecordThatFails() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        let server = try await ServerProcess(["start-lambda", "--port", "0", "--in-memory"], in: project.directory, expecting: ["Lambda Invoke API"])
        _ = try await LocalServicesTests.dynamoClient(server.addresses["Lambda Invoke API"]!, ["batch", "parts", "a", "b", "poison", "c"])
        // The whole batch fails at "poison"; its first half [a, b] then succeeds alone, the second
        // half fails and is split again; [poison] alone fails with no retries left and is skipped; [c] goes through.
        #expect(try await Self.waitFor(8, in: server, from: "Halver") == [
            "INSERT a", "INSERT b", "INSERT poison",
            "INSERT a", "INSERT b",
            "INSERT poison",
            "INSERT poison",
            "INSERT c",
        ])
        #expect(server.log.contains("a batch of 4 stream records failed; trying its first 2 alone"))
        #expect(server.log.contains("giving up on 1 stream records after 1 attempts"))
        await server.stop()
    }
}

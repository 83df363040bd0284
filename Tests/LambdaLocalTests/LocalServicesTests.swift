import CurlHTTP
import Foundation
import Testing

/// lambda-local's own DynamoDB on the Lambda port, driven by boto3 and by functions, on its SQLite
/// state; and the errors a client gets for requests that are not right.
@Suite struct LocalServicesTests {
    static let template = """
        Resources:
          Writer:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: fixture
              Runtime: provided.al2
              Handler: aws
              Timeout: 20
              Environment:
                Variables:
                  TABLE: !Ref Orders
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: orders
              BillingMode: PAY_PER_REQUEST
              AttributeDefinitions:
                - {AttributeName: pk, AttributeType: S}
                - {AttributeName: sk, AttributeType: N}
              KeySchema:
                - {AttributeName: pk, KeyType: HASH}
                - {AttributeName: sk, KeyType: RANGE}
          Users:
            Type: AWS::Serverless::SimpleTable
          Events:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: events
              BillingMode: PAY_PER_REQUEST
              AttributeDefinitions:
                - {AttributeName: id, AttributeType: S}
              KeySchema:
                - {AttributeName: id, KeyType: HASH}
              StreamSpecification:
                StreamViewType: NEW_AND_OLD_IMAGES
        """

    static func dynamoClient(_ endpoint: String, _ arguments: [String]) async throws -> [String: Any] {
        let script = "\(BuiltProducts.packageRoot)/Tests/Fixtures/clients/dynamodb_client.py"
        let run = try await CommandRun.run("/usr/bin/env", ["python3", script, endpoint] + arguments, in: BuiltProducts.packageRoot)
        guard run.status == 0, let object = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any] else {
            throw ServerProcess.Failure(description: "dynamodb_client.py failed (\(run.status)): \(run.stderr)")
        }
        return object
    }

    @Test func boto3UsesTheTemplatesTablesAsOnAWS() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        let server = try await ServerProcess(
            ["start-lambda", "--port", "0", "--in-memory"], in: project.directory, expecting: ["Lambda Invoke API"])
        let result = try await Self.dynamoClient(server.addresses["Lambda Invoke API"]!, ["scenario"])
        #expect(result["tables"] as? [String] == ["Users", "events", "orders"])
        #expect(result["descending"] as? [String] == ["4", "3", "2"])
        #expect(result["conditional"] as? String == "ConditionalCheckFailedException")
        #expect(result["missingTable"] as? String == "ResourceNotFoundException")
        #expect(result["badExpression"] as? String == "ValidationException")
        #expect((result["badExpressionMessage"] as? String)?.contains("Syntax error") == true)
        #expect(result["hits"] as? String == "1")
        #expect(result["simpleTableKey"] as? String == "id")
        #expect(result["batchGot"] as? [String] == ["user0", "user2"])
        #expect(result["transaction"] as? String == "TransactionCanceledException")
        #expect(result["reasons"] as? [String] == ["None", "ConditionalCheckFailed"])
        #expect(result["creditsAfterCancel"] as? String == "5", "a cancelled transaction writes nothing")
        await server.stop()
    }

    @Test func aTemplateTablesBillingAndDeletionProtectionAreKept() async throws {
        let project = try FixtureProject.create(template: """
            Parameters:
              ReadCapacity: {Type: Number, Default: 5}
            Resources:
              Writer:
                Type: AWS::Serverless::Function
                Properties: {CodeUri: fixture, Runtime: provided.al2, Handler: aws}
              Ledger:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: ledger
                  DeletionProtectionEnabled: true
                  AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                  KeySchema: [{AttributeName: id, KeyType: HASH}]
                  ProvisionedThroughput: {ReadCapacityUnits: !Ref ReadCapacity, WriteCapacityUnits: 7}
            """)
        defer { project.remove() }
        let server = try await ServerProcess(
            ["start-lambda", "--port", "0", "--in-memory"], in: project.directory, expecting: ["Lambda Invoke API"])
        func call(_ operation: String) async throws -> CurlResponse {
            try await HTTPClient.request(
                "POST", server.addresses["Lambda Invoke API"]!,
                headers: [("X-Amz-Target", "DynamoDB_20120810.\(operation)"), ("Content-Type", "application/x-amz-json-1.0")],
                body: Data(#"{"TableName":"ledger"}"#.utf8))
        }
        let table = try await call("DescribeTable").json["Table"] as? [String: Any]
        #expect(table?["DeletionProtectionEnabled"] as? Bool == true)
        #expect((table?["BillingModeSummary"] as? [String: Any])?["BillingMode"] as? String == "PROVISIONED")
        let throughput = table?["ProvisionedThroughput"] as? [String: Any]
        #expect(throughput?["ReadCapacityUnits"] as? Int == 5)
        #expect(throughput?["WriteCapacityUnits"] as? Int == 7)
        let refused = try await call("DeleteTable")
        #expect(refused.status == 400)
        #expect(refused.text.contains("protected against deletion"))
        await server.stop()
    }

    @Test func aTablesStreamReadsAsDynamoDBStreamsServesIt() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        let server = try await ServerProcess(
            ["start-lambda", "--port", "0", "--in-memory"], in: project.directory, expecting: ["Lambda Invoke API"])
        let result = try await Self.dynamoClient(server.addresses["Lambda Invoke API"]!, ["stream"])
        #expect(result["streams"] as? Int == 1)
        #expect(result["viewType"] as? String == "NEW_AND_OLD_IMAGES")
        #expect(result["events"] as? [String] == ["INSERT", "MODIFY", "REMOVE"])
        #expect(result["modifyOld"] as? String == "1")
        #expect(result["modifyNew"] as? String == "2")
        #expect(result["afterLatest"] as? [String] == ["b"])
        #expect(result["next"] as? Bool == true)
        await server.stop()
    }

    @Test func malformedRequestsGetTheErrorsAnSDKExpects() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        let server = try await ServerProcess(
            ["start-lambda", "--port", "0", "--in-memory"], in: project.directory, expecting: ["Lambda Invoke API"])
        let endpoint = server.addresses["Lambda Invoke API"]!
        let unknown = try await HTTPClient.request(
            "POST", endpoint + "/", headers: [("X-Amz-Target", "DynamoDB_20120810.Explode"), ("Content-Type", "application/x-amz-json-1.0")], body: Data("{}".utf8))
        #expect(unknown.status == 400)
        #expect((unknown.json["__type"] as? String)?.hasSuffix("#UnknownOperationException") == true)
        let garbage = try await HTTPClient.request(
            "POST", endpoint + "/", headers: [("X-Amz-Target", "DynamoDB_20120810.PutItem"), ("Content-Type", "application/x-amz-json-1.0")], body: Data("{nope".utf8))
        #expect(garbage.status == 400)
        #expect((garbage.json["__type"] as? String)?.hasSuffix("#SerializationException") == true)
        let wrongType = try await HTTPClient.request(
            "POST", endpoint + "/", headers: [("X-Amz-Target", "DynamoDB_20120810.PutItem")],
            body: Data(#"{"TableName":"orders","Item":{"pk":{"S":"a"},"sk":{"S":"not a number"}}}"#.utf8))
        #expect(wrongType.status == 400)
        #expect((wrongType.json["__type"] as? String)?.hasSuffix("#ValidationException") == true)
        let otherService = try await HTTPClient.request(
            "POST", endpoint + "/", headers: [("X-Amz-Target", "Kinesis_20131202.PutRecord")], body: Data("{}".utf8))
        #expect(otherService.status == 400)
        await server.stop()
    }

    @Test func aFunctionWritesToATemplateTableAndTheStateOutlivesTheRun() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        // The fixture's `aws` handler writes to the table named in its event (EventBridge is not
        // served locally yet, so it does not publish).
        for _ in 0..<2 {
            let run = try await project.lambdaLocal(
                ["invoke", "Writer", "-e", "-"], stdin: Data(#"{"table":"Users","publish":false}"#.utf8))
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.json["readBack"] as? String == "written by Writer")
            #expect((run.json["dynamoEndpoint"] as? String)?.hasPrefix("http://127.0.0.1:") == true)
        }
        #expect(FileManager.default.fileExists(atPath: "\(project.directory)/.lambda-local/state.sqlite"))
        let server = try await ServerProcess(["start-lambda", "--port", "0"], in: project.directory, expecting: ["Lambda Invoke API"])
        let count = try await Self.dynamoClient(server.addresses["Lambda Invoke API"]!, ["count", "Users"])
        #expect(count["count"] as? Int == 2, "both invocations' writes are in the state file")
        await server.stop()
    }
}

/// The same boto3 operations against lambda-local and against moto_server, answer by answer. Where
/// moto is known to differ from AWS (number text, validation it skips), the suite holds lambda-local
/// to AWS's documented behaviour instead; the script names each such case.
@Suite struct DynamoDBConformanceTests {
    @Test func lambdaLocalAnswersAsMotoDoesOrAsAWSDocuments() async throws {
        let moto = try await OffThread.run { try MotoServer() }
        let project = try FixtureProject.create(template: LocalServicesTests.template)
        defer { project.remove() }
        let server = try await ServerProcess(
            ["start-lambda", "--port", "0", "--in-memory"], in: project.directory, expecting: ["Lambda Invoke API"])
        let script = "\(BuiltProducts.packageRoot)/Tests/Fixtures/clients/dynamodb_conformance.py"
        let run = try await CommandRun.run(
            "/usr/bin/env", ["python3", script, server.addresses["Lambda Invoke API"]!, "http://127.0.0.1:\(moto.port)"],
            in: BuiltProducts.packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
        let report = (try? JSONSerialization.jsonObject(with: run.stdout) as? [String: Any]) ?? [:]
        #expect((report["checked"] as? Int ?? 0) > 30)
        let mismatches = report["mismatches"] as? [Any] ?? ["no report"]
        #expect(mismatches.isEmpty, "\(mismatches)")
        await server.stop()
        withExtendedLifetime(moto) {}
    }
}

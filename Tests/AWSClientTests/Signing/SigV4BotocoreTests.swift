import AWSClient
import Foundation
import Testing

/// The same requests signed by this module and by botocore (the signer of boto3 and the AWS CLI),
/// at the same moment with the same keys: the `Authorization` headers must be identical.
@Suite(.blockingIO) struct SigV4BotocoreTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        var method = "POST"
        var path = "/"
        var query: [(name: String, value: String)] = []
        var headers: [(name: String, value: String)]
        var body = ""
        var sessionToken: String?
        var service = "dynamodb"

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a DynamoDB PutItem with a session token",
            headers: [
                ("Host", "dynamodb.us-east-1.amazonaws.com"), ("Content-Type", "application/x-amz-json-1.0"),
                ("X-Amz-Target", "DynamoDB_20120810.PutItem"),
            ],
            body: #"{"TableName":"orders","Item":{"pk":{"S":"a b/ü"},"n":{"N":"1.50"}}}"#,
            sessionToken: "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ=="),
        Case(
            name: "an EventBridge PutEvents to a local port",
            headers: [
                ("Host", "127.0.0.1:3001"), ("Content-Type", "application/x-amz-json-1.1"),
                ("X-Amz-Target", "AWSEvents.PutEvents"), ("amz-sdk-request", "attempt=2; max=3"),
            ],
            body: #"{"Entries":[{"Source":"s","DetailType":"d","Detail":"{}"}]}"#, service: "events"),
        Case(
            name: "a GET with awkward query parameters and path",
            method: "GET", path: "/a%20b/c~d/",
            query: [("z", "last"), ("a", "x y/z*+~"), ("a", "first"), ("ü", "ß")],
            headers: [("Host", "example.amazonaws.com"), ("X-Custom", "  spaced   out  value ")]),
    ]

    struct BotocoreAnswer: Decodable {
        let authorization: String
        let canonicalRequest: String
    }

    @Test(arguments: cases)
    func matchesBotocore(_ testCase: Case) throws {
        let time = SigV4Timestamp(secondsSince1970: 1_717_243_200 + 3_723)
        let credentials = AWSCredentials(
            accessKeyID: "AKIAEXAMPLEBOTOCORE", secretAccessKey: "bWF0Y2gvYm90b2NvcmUrZXhhY3RseQ", sessionToken: testCase.sessionToken)
        let signer = SigV4Signer(credentials: credentials, region: "eu-central-1", service: testCase.service)
        let request = SignableRequest(
            method: testCase.method, path: testCase.path, query: testCase.query, headers: testCase.headers,
            body: Data(testCase.body.utf8))
        let signed = signer.sign(request, at: time)
        let ours = signer.signature(for: signed, at: time)

        let host = testCase.headers.first { $0.name == "Host" }!.value
        let spec: [String: Any] = [
            "method": testCase.method,
            "url": "https://\(host)\(testCase.path)",
            "query": testCase.query.map { [$0.name, $0.value] },
            "headers": testCase.headers.map { [$0.name, $0.value] },
            "body": testCase.body,
            "accessKeyID": credentials.accessKeyID,
            "secretAccessKey": credentials.secretAccessKey,
            "sessionToken": credentials.sessionToken as Any,
            "region": "eu-central-1",
            "service": testCase.service,
            "timestamp": time.amzDate,
        ]
        let answer = try JSONDecoder().decode(BotocoreAnswer.self, from: runBotocore(spec))
        #expect(ours.canonicalRequest == answer.canonicalRequest)
        #expect(signed.header("Authorization") == answer.authorization)
    }

    private func runBotocore(_ spec: [String: Any]) throws -> Data {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "\(PythonServer.supportDirectory)/botocore_signature.py"]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: spec))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "botocore_signature.py failed (is boto3 installed?)")
        return data
    }
}

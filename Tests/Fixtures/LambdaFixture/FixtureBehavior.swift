#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import LambdaEvents
import LambdaRuntime

/// What the fixture does with an event, by handler name.
struct FixtureBehavior {
    let handler: String

    /// What the `ok` handler answers: the smallest valid proxy response.
    static let ok = Data(#"{"statusCode":200,"headers":{"content-type":"application/json"},"body":"{\"message\":\"Hello, World!\"}"}"#.utf8)

    func handle(_ event: Data, context: LambdaContext) async throws -> Data {
        // A trivial function for the benchmarks: no decoding, no logging.
        if handler == "ok" { return Self.ok }
        var fields = (try? JSONDecoder().decode([String: FixtureValue].self, from: event)) ?? [:]
        // Behind API Gateway the settings come in the request body.
        if let body = fields["body"]?.text,
           let inner = try? JSONDecoder().decode([String: FixtureValue].self, from: Data(body.utf8)) {
            fields.merge(inner) { $1 }
        }
        switch handler {
        case "echo":
            return event
        case "fail":
            throw FixtureFailure(message: fields["message"]?.text ?? "the fixture was told to fail")
        case "sleep":
            let seconds = Double(fields["seconds"]?.text ?? "1") ?? 1
            try await Task.sleep(for: .milliseconds(Int(seconds * 1_000)))
            return Data(#"{"slept":\#(seconds)}"#.utf8)
        case "pid", "flaky":
            if handler == "flaky", fields["crash"]?.text == "true" { exit(9) }
            let seconds = Double(fields["seconds"]?.text ?? "0") ?? 0
            if seconds > 0 { try await Task.sleep(for: .milliseconds(Int(seconds * 1_000))) }
            return Data(#"{"pid":\#(getpid())}"#.utf8)
        case "proxy":
            // A proxy response whose body is the event, so that tests see what the gateway sent.
            let response: [String: JSONText] = [
                "statusCode": .raw("200"),
                "headers": .raw(#"{"content-type":"application/json","x-fixture":"proxy"}"#),
                "multiValueHeaders": .raw(#"{"x-multi":["a","b"]}"#),
                "body": .string(String(decoding: event, as: UTF8.self)),
            ]
            return JSONText.object(response)
        case "binary":
            let png: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]
            return JSONText.object([
                "statusCode": .raw("200"),
                "headers": .raw(#"{"content-type":"image/png"}"#),
                "body": .string(Data(png).base64EncodedString()),
                "isBase64Encoded": .raw("true"),
            ])
        case "cookies":
            return Data(#"{"statusCode":201,"cookies":["session=abc; Path=/; HttpOnly","theme=dark"],"body":"made"}"#.utf8)
        case "aws":
            return try await FixtureAWS.run(
                table: fields["table"]?.text ?? "fixture-items", publishes: fields["publish"]?.text != "false", context: context)
        case "streamlog":
            // One line per stream record, for tests to read the order of deliveries.
            // Records whose id starts with "flaky" fail the first time they are seen (reported as batch
            // item failures); "poison" fails the whole invocation every time.
            let stream = try JSONDecoder().decode(DynamoDBStreamEvent.self, from: event)
            var failed: [String] = []
            for record in stream.records {
                let id = record.dynamodb.keys["id"]?.stringValue ?? "?"
                print("stream-record \(record.eventName.rawValue) \(id)")
                fflush(nil)
                if id.hasPrefix("poison") { throw FixtureFailure(message: "poison record \(id)") }
                if id.hasPrefix("flaky"), FlakyRecords.firstSighting(id) { failed.append(record.dynamodb.sequenceNumber) }
            }
            return try JSONEncoder().encode(PartialBatchResponse(failedItemIdentifiers: failed))
        case "eventlog":
            // One line per delivered event, for tests to see what a rule or schedule sent. A detail
            // with "fail": "always" fails every time; "fail": "once" fails its first delivery only;
            // "sleep": seconds makes it slow.
            print("event-received " + String(decoding: event, as: UTF8.self))
            fflush(nil)
            let detail = (try? JSONDecoder().decode(EventDetailControl.self, from: event))?.detail
            if let seconds = detail?.sleep { try await Task.sleep(for: .milliseconds(Int(seconds * 1_000))) }
            switch detail?.fail {
            case "always": throw FixtureFailure(message: "the event asked to fail")
            case "once" where FlakyRecords.firstSighting(detail?.id ?? ""): throw FixtureFailure(message: "the event asked to fail once")
            default: return Data(#""received""#.utf8)
            }
        case "crash":
            if fields["how"]?.text == "abort" { abort() }
            exit(3)
        case "big":
            let size = Int(fields["bytes"]?.text ?? "0") ?? 0
            return Data(("\"" + String(repeating: "x", count: max(size - 2, 0)) + "\"").utf8)
        case "env":
            return try JSONEncoder().encode(ProcessInfo.processInfo.environment)
        case "context":
            return try JSONEncoder().encode(ContextReport(context))
        case "log":
            context.logger.debug("a debug line")
            context.logger.info("an info line")
            context.logger.warning("a warning line")
            print("a line on standard output")
            fflush(nil)
            return Data(#""logged""#.utf8)
        case "garbage":
            return Data([0xff, 0xfe, 0x00, 0x41])
        case "authorizer":
            return try FixtureAuthorizer.answer(event)
        default:
            throw FixtureFailure(message: "unknown fixture handler \(handler)")
        }
    }
}

/// A JSON scalar from the event, as text.
struct FixtureValue: Decodable {
    let text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            text = string
        } else if let number = try? container.decode(Double.self) {
            text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        } else if let bool = try? container.decode(Bool.self) {
            text = String(bool)
        } else {
            text = ""
        }
    }
}

/// Everything the runtime told the handler, for the tests to check.
struct ContextReport: Encodable {
    var requestID: String
    var deadlineMilliseconds: Int64
    var remainingMilliseconds: Int64
    var invokedFunctionARN: String
    var traceID: String?
    var traceEnvironment: String?
    var clientContext: ClientContext?
    var cognitoIdentity: CognitoIdentity?
    var tenantID: String?
    var functionName: String
    var functionVersion: String
    var memorySize: Int
    var logGroupName: String
    var logStreamName: String

    init(_ context: LambdaContext) {
        requestID = context.requestID
        deadlineMilliseconds = context.deadlineMilliseconds
        let remaining = context.remainingTime.components
        remainingMilliseconds = remaining.seconds * 1_000 + remaining.attoseconds / 1_000_000_000_000_000
        invokedFunctionARN = context.invokedFunctionARN
        traceID = context.traceID
        traceEnvironment = ProcessInfo.processInfo.environment["_X_AMZN_TRACE_ID"]
        clientContext = context.clientContext
        cognitoIdentity = context.cognitoIdentity
        tenantID = context.tenantID
        functionName = context.function.name
        functionVersion = context.function.version
        memorySize = context.function.memorySize
        logGroupName = context.function.logGroupName
        logStreamName = context.function.logStreamName
    }
}

/// A little JSON writer for the fixture's hand-shaped responses.
enum JSONText {
    case raw(String)
    case string(String)

    static func object(_ members: [String: JSONText]) -> Data {
        let encoder = JSONEncoder()
        let fields = members.sorted { $0.key < $1.key }.map { key, value -> String in
            let text: String
            switch value {
            case .raw(let raw): text = raw
            case .string(let string): text = String(decoding: (try? encoder.encode(string)) ?? Data(), as: UTF8.self)
            }
            return "\"\(key)\":\(text)"
        }
        return Data(("{" + fields.joined(separator: ",") + "}").utf8)
    }
}

/// The flaky records this instance has already failed once.
enum FlakyRecords {
    nonisolated(unsafe) private static var seen: Set<String> = []

    /// `true` the first time an id is seen. The runtime runs one invocation at a time.
    static func firstSighting(_ id: String) -> Bool {
        seen.insert(id).inserted
    }
}

/// The part of an EventBridge event's detail that steers the `eventlog` handler.
struct EventDetailControl: Decodable {
    struct Detail: Decodable {
        var fail: String?
        var id: String?
        var sleep: Double?
    }

    var detail: Detail?
}

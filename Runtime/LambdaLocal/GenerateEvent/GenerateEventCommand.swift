import ArgumentParser
import Foundation

/// `lambda-local generate-event <service> <event>`: prints a sample event, valid input for
/// `lambda-local invoke -e -`, built from the same models (and, for API Gateway, the same code)
/// that `start` uses, so it is exactly the shape functions decode.
struct GenerateEventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-event",
        abstract: "Print a sample event for a service, ready for 'lambda-local invoke -e -'.",
        discussion: """
            The events:
            \(SampleEventKind.listing)

            The event goes to standard output as pretty JSON. Exit status: 0 when it was printed, 2 for an \
            unknown service or event, an option the event does not take, or an invalid value.
            """)

    @Argument(help: "The service, such as apigateway or dynamodb.")
    var service: String

    @Argument(help: "The event, such as aws-proxy or update.")
    var event: String

    @Option(help: "apigateway: the request method (default POST; GET for the authorizer events).")
    var method: String?

    @Option(help: "apigateway: the request path, with an optional query string (default /examplepath).")
    var path: String?

    @Option(help: "apigateway: the request body; '' for none (default {\"test\":\"body\"}).")
    var body: String?

    @Option(help: "apigateway: the stage (default prod for REST APIs, $default for HTTP APIs).")
    var stage: String?

    @Option(help: "The region (default us-east-1).")
    var region: String?

    @Option(help: "The account ID (default 123456789012).")
    var account: String?

    @Option(help: "eventbridge custom-event: the event source (default com.example.app).")
    var source: String?

    @Option(help: "eventbridge custom-event: the detail type (default Example Event).")
    var detailType: String?

    @Option(help: "eventbridge custom-event: the detail, a JSON object (default {\"key\":\"value\"}).")
    var detail: String?

    @Option(help: "dynamodb update: the table name (default ExampleTable).")
    var table: String?

    @Option(help: "dynamodb update: how many records, cycling INSERT, MODIFY, REMOVE (default 3).")
    var records: Int?

    @Option(help: "apigateway authorizer events: the Authorization header's value (default incoming-client-token).")
    var token: String?

    func run() throws {
        let json: Data
        do {
            json = try generate()
        } catch {
            StandardError.writeLine("lambda-local: error: \(error.message)")
            throw ExitCode(2)
        }
        FileHandle.standardOutput.write(json + Data("\n".utf8))
    }

    /// The event as pretty JSON.
    func generate(now: Date = Date()) throws(LambdaLocalError) -> Data {
        let kind = try SampleEventKind.find(service: service, event: event)
        let given = givenOptions
        if let stray = given.first(where: { !kind.options.contains($0) }) {
            throw LambdaLocalError("--\(stray) does not apply to \(service) \(event); it takes "
                                   + kind.options.map { "--\($0)" }.joined(separator: ", "))
        }
        let place = SamplePlace(region: region ?? "us-east-1", account: account ?? "123456789012", now: now)
        switch kind {
        case .restAPIProxy, .httpAPIProxy:
            return try APIGatewaySample(method: method, path: path, body: body, stage: stage)
                .json(isHTTPAPI: kind == .httpAPIProxy, now: now)
        case .restTokenAuthorizer, .restRequestAuthorizer, .httpRequestAuthorizer:
            let payloadType = kind == .restTokenAuthorizer ? "TOKEN" : kind == .restRequestAuthorizer ? "REQUEST" : "2.0"
            return try APIGatewaySample(method: method, path: path, body: nil, stage: stage)
                .authorizerJSON(payloadType: payloadType, token: token, now: now)
        case .scheduledEvent:
            return try SampleJSON.encode(ScheduleSample.event(place))
        case .customEvent:
            return try SampleJSON.encode(CustomEventSample(source: source, detailType: detailType, detail: detail).event(place))
        case .dynamoDBUpdate:
            return try SampleJSON.encode(DynamoDBSample(table: table, records: records).event(place))
        }
    }

    /// The options given on the command line, by name without `--`.
    private var givenOptions: [String] {
        let options: [(String, Bool)] = [
            ("method", method != nil), ("path", path != nil), ("body", body != nil), ("stage", stage != nil),
            ("region", region != nil), ("account", account != nil), ("source", source != nil),
            ("detail-type", detailType != nil), ("detail", detail != nil), ("table", table != nil),
            ("records", records != nil), ("token", token != nil),
        ]
        return options.filter { $0.1 }.map { $0.0 }
    }
}

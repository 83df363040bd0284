/// The events `generate-event` knows, by service and event name, and the options each one takes.
enum SampleEventKind: CaseIterable {
    case restAPIProxy
    case httpAPIProxy
    case restTokenAuthorizer
    case restRequestAuthorizer
    case httpRequestAuthorizer
    case scheduledEvent
    case customEvent
    case dynamoDBUpdate

    /// Every `<service> <event>` pair; a kind may be reachable under several services, as the
    /// scheduled event is under both `cloudwatch` (SAM's name) and `events`.
    static let catalog: [(service: String, event: String, kind: SampleEventKind)] = [
        ("apigateway", "aws-proxy", .restAPIProxy),
        ("apigateway", "http-api-proxy", .httpAPIProxy),
        ("apigateway", "authorizer", .restTokenAuthorizer),
        ("apigateway", "request-authorizer", .restRequestAuthorizer),
        ("apigateway", "request-authorizer-v2", .httpRequestAuthorizer),
        ("cloudwatch", "scheduled-event", .scheduledEvent),
        ("events", "scheduled-event", .scheduledEvent),
        ("eventbridge", "custom-event", .customEvent),
        ("eventbridge", "scheduled-event", .scheduledEvent),
        ("dynamodb", "update", .dynamoDBUpdate),
    ]

    /// The services, sorted.
    static var services: [String] {
        Array(Set(catalog.map(\.service))).sorted()
    }

    /// The events of a service, in catalog order.
    static func events(of service: String) -> [String] {
        catalog.filter { $0.service == service }.map(\.event)
    }

    /// The kind for `<service> <event>`, or an error that lists what exists.
    static func find(service: String, event: String) throws(LambdaLocalError) -> SampleEventKind {
        let events = events(of: service)
        guard !events.isEmpty else {
            throw LambdaLocalError("unknown service '\(service)'; the services are: \(services.joined(separator: ", "))")
        }
        guard let entry = catalog.first(where: { $0.service == service && $0.event == event }) else {
            throw LambdaLocalError("\(service) has no event '\(event)'; its events are: \(events.joined(separator: ", "))")
        }
        return entry.kind
    }

    /// The options (without `--`) that shape this kind of event.
    var options: [String] {
        switch self {
        case .restAPIProxy, .httpAPIProxy: ["method", "path", "body", "stage"]
        case .restTokenAuthorizer, .restRequestAuthorizer, .httpRequestAuthorizer: ["method", "path", "stage", "token"]
        case .scheduledEvent: ["region", "account"]
        case .customEvent: ["source", "detail-type", "detail", "region", "account"]
        case .dynamoDBUpdate: ["table", "records", "region", "account"]
        }
    }

    /// The help text listing every pair.
    static var listing: String {
        catalog.map { "  \($0.service) \($0.event)" }.joined(separator: "\n")
    }
}

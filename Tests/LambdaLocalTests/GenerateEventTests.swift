import Foundation
import LambdaEvents
import Testing

/// `lambda-local generate-event` end to end: the real CLI prints events the models decode and that
/// `lambda-local invoke -e -` accepts.
@Suite struct GenerateEventTests {
    func generate(_ arguments: [String]) async throws -> CommandRun {
        try await CommandRun.run(BuiltProducts.lambdaLocal, ["generate-event"] + arguments,
                                 in: FileManager.default.temporaryDirectory.path)
    }

    /// Runs a command that must succeed and decodes what it printed.
    func event<Event: Decodable>(_ type: Event.Type, _ arguments: [String]) async throws -> Event {
        let run = try await generate(arguments)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdoutText.hasSuffix("}\n"))
        return try JSONDecoder().decode(Event.self, from: run.stdout)
    }

    @Test func apigatewayAwsProxyIsARestEventThroughACatchAllRoute() async throws {
        let event = try await event(APIGatewayRequest.self, [
            "apigateway", "aws-proxy", "--method", "put", "--path", "/orders/42?expand=lines&expand=notes",
            "--body", #"{"quantity":3}"#, "--stage", "dev",
        ])
        #expect(event.version == nil)
        #expect(event.httpMethod == "PUT")
        #expect(event.resource == "/{proxy+}")
        #expect(event.path == "/orders/42")
        #expect(event.pathParameters == ["proxy": "orders/42"])
        #expect(event.multiValueQueryStringParameters == ["expand": ["lines", "notes"]])
        #expect(event.body == #"{"quantity":3}"#)
        #expect(event.requestContext.stage == "dev")
        #expect(event.requestContext.path == "/dev/orders/42")
        #expect(event.requestContext.accountId == "123456789012")
        #expect(event.headers["Content-Type"] == "application/json")
    }

    @Test func apigatewayAwsProxyDefaultsMatchSAMsSample() async throws {
        let run = try await generate(["apigateway", "aws-proxy"])
        let event = try JSONDecoder().decode(APIGatewayRequest.self, from: run.stdout)
        #expect(event.httpMethod == "POST")
        #expect(event.path == "/examplepath")
        #expect(event.body == #"{"test":"body"}"#)
        #expect(event.requestContext.stage == "prod")
        // Members API Gateway sends as null are printed as null, not left out.
        #expect(run.stdoutText.contains(#""queryStringParameters" : null"#))
        #expect(run.stdoutText.contains(#""cognitoIdentityId" : null"#))
    }

    @Test func apigatewayHttpApiProxyIsAVersion2EventOnTheDefaultRoute() async throws {
        let event = try await event(APIGatewayV2Request.self, [
            "apigateway", "http-api-proxy", "--method", "GET", "--path", "/items?color=red", "--body", "",
        ])
        #expect(event.version == "2.0")
        #expect(event.routeKey == "$default")
        #expect(event.rawPath == "/items")
        #expect(event.rawQueryString == "color=red")
        #expect(event.queryStringParameters == ["color": "red"])
        #expect(event.requestContext.http.method == "GET")
        #expect(event.requestContext.stage == "$default")
        #expect(event.body == nil)
    }

    @Test func authorizerEventsAreWhatStartAPIHandsALambdaAuthorizer() async throws {
        func json(_ arguments: [String]) async throws -> [String: Any] {
            let run = try await generate(arguments)
            #expect(run.status == 0, "stderr: \(run.stderr)")
            return try #require(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        }
        let token = try await json(["apigateway", "authorizer", "--path", "/orders/7", "--token", "Bearer abc"])
        #expect(token.keys.sorted() == ["authorizationToken", "methodArn", "type"])
        #expect(token["type"] as? String == "TOKEN")
        #expect(token["authorizationToken"] as? String == "Bearer abc")
        let methodARN = try #require(token["methodArn"] as? String)
        #expect(methodARN.hasPrefix("arn:aws:execute-api:us-east-1:123456789012:"))
        #expect(methodARN.hasSuffix("/prod/GET/orders/7"))

        let request = try await json(["apigateway", "request-authorizer", "--method", "DELETE", "--stage", "test"])
        #expect(request["type"] as? String == "REQUEST")
        #expect((request["methodArn"] as? String)?.hasSuffix("/test/DELETE/examplepath") == true)
        #expect(request["httpMethod"] as? String == "DELETE")
        #expect((request["headers"] as? [String: String])?["Authorization"] == "incoming-client-token")
        #expect(request["body"] == nil)

        let http = try await json(["apigateway", "request-authorizer-v2", "--path", "/me?x=1"])
        #expect(http["version"] as? String == "2.0")
        #expect(http["type"] as? String == "REQUEST")
        #expect((http["routeArn"] as? String)?.hasSuffix("/$default/GET/me") == true)
        #expect(http["identitySource"] as? [String] == ["incoming-client-token"])
        #expect(http["rawQueryString"] as? String == "x=1")
        #expect(http["body"] == nil)

        let stray = try await generate(["apigateway", "authorizer", "--body", "{}"])
        #expect(stray.status == 2)
        #expect(stray.stderr.contains("--body does not apply to apigateway authorizer"))
    }

    @Test func aScheduledEventIsReachableUnderCloudwatchAndEvents() async throws {
        for service in ["cloudwatch", "events"] {
            let event = try await event(ScheduledEvent.self, [service, "scheduled-event", "--region", "eu-west-1",
                                                               "--account", "111122223333"])
            #expect(event.source == "aws.events")
            #expect(event.detailType == "Scheduled Event")
            #expect(event.region == "eu-west-1")
            #expect(event.account == "111122223333")
            #expect(event.resources == ["arn:aws:events:eu-west-1:111122223333:rule/ExampleRule"])
            #expect(abs(event.time.timeIntervalSinceNow) < 120)
        }
    }

    @Test func anEventBridgeCustomEventCarriesTheGivenDetail() async throws {
        let event = try await event(EventBridgeEvent<JSONValue>.self, [
            "eventbridge", "custom-event", "--source", "com.example.orders", "--detail-type", "Order Placed",
            "--detail", #"{"orderId": "42", "total": 19.5}"#,
        ])
        #expect(event.source == "com.example.orders")
        #expect(event.detailType == "Order Placed")
        #expect(event.detail == ["orderId": "42", "total": 19.5])
        let defaults = try await self.event(EventBridgeEvent<JSONValue>.self, ["eventbridge", "custom-event"])
        #expect(defaults.detail == ["key": "value"])
    }

    @Test func aDynamoDBUpdateCyclesThroughInsertModifyAndRemove() async throws {
        let event = try await event(DynamoDBStreamEvent.self, ["dynamodb", "update", "--table", "Orders", "--records", "4"])
        #expect(event.records.map(\.eventName) == [.insert, .modify, .remove, .insert])
        let insert = event.records[0].dynamodb
        #expect(insert.newImage != nil && insert.oldImage == nil)
        let modify = event.records[1].dynamodb
        #expect(modify.newImage?["Version"] == 2 && modify.oldImage?["Version"] == 1)
        let remove = event.records[2].dynamodb
        #expect(remove.newImage == nil && remove.oldImage != nil)
        #expect(Set(event.records.map(\.dynamodb.sequenceNumber)).count == 4)
        #expect(event.records.allSatisfy {
            $0.eventSourceARN == "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/1970-01-01T00:00:00.000"
        })
        #expect(event.records[0].dynamodb.keys == ["Id": .number("101")])
    }

    @Test func anUnknownServiceOrEventIsAnErrorListingWhatExists() async throws {
        let service = try await generate(["sqs", "receive-message"])
        #expect(service.status == 2)
        #expect(service.stdout.isEmpty)
        #expect(service.stderr == "lambda-local: error: unknown service 'sqs'; the services are: "
                + "apigateway, cloudwatch, dynamodb, eventbridge, events\n")
        let event = try await generate(["apigateway", "websocket"])
        #expect(event.status == 2)
        #expect(event.stderr == "lambda-local: error: apigateway has no event 'websocket'; its events are: "
                + "aws-proxy, http-api-proxy, authorizer, request-authorizer, request-authorizer-v2\n")
    }

    @Test func badOptionsAreErrorsThatNameTheProblem() async throws {
        let cases: [([String], String)] = [
            (["dynamodb", "update", "--records", "0"], "--records must be from 1 to 10000, not 0"),
            (["dynamodb", "update", "--method", "GET"], "--method does not apply to dynamodb update"),
            (["eventbridge", "custom-event", "--detail", "{oops"], "--detail is not valid JSON"),
            (["eventbridge", "custom-event", "--detail", "[1]"], "--detail must be a JSON object"),
            (["apigateway", "aws-proxy", "--table", "T"], "it takes --method, --path, --body, --stage"),
        ]
        for (arguments, message) in cases {
            let run = try await generate(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stdout.isEmpty, "\(arguments)")
            #expect(run.stderr.hasPrefix("lambda-local: error: ") && run.stderr.contains(message),
                    "\(arguments): \(run.stderr)")
        }
    }

    @Test func everyGeneratedEventIsAcceptedByInvoke() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let pairs = [["apigateway", "aws-proxy"], ["apigateway", "http-api-proxy"], ["apigateway", "authorizer"],
                     ["apigateway", "request-authorizer"], ["apigateway", "request-authorizer-v2"],
                     ["cloudwatch", "scheduled-event"], ["eventbridge", "custom-event"], ["dynamodb", "update"]]
        for pair in pairs {
            let generated = try await generate(pair)
            let run = try await project.lambdaLocal(["invoke", "Echo", "-e", "-"], stdin: generated.stdout)
            #expect(run.status == 0, "\(pair): \(run.stderr)")
            let sent = try JSONSerialization.jsonObject(with: generated.stdout) as? NSDictionary
            let echoed = try JSONSerialization.jsonObject(with: run.stdout) as? NSDictionary
            #expect(sent != nil && sent == echoed, "\(pair)")
        }
    }
}

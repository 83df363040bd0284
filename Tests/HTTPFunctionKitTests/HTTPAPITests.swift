import AWSClient
import Foundation
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime
import Logging
import Testing

@Suite struct HTTPAPITests {
    let context = LambdaContext(
        requestID: "req-1", deadlineMilliseconds: 0, invokedFunctionARN: "arn",
        function: FunctionConfiguration(environment: [:]), logger: Logger(label: "test"))

    func request(body: String?) -> APIGatewayV2Request {
        APIGatewayV2Request(
            routeKey: "POST /x", rawPath: "/x",
            requestContext: .init(
                accountId: "1", apiId: "a", domainName: "d", domainPrefix: "d",
                http: .init(method: "POST", path: "/x", sourceIp: "127.0.0.1"),
                requestId: "r", routeKey: "POST /x", stage: "$default", time: "t", timeEpoch: 0),
            body: body)
    }

    struct Start: Decodable { var userId: String; var count: Int? }

    func message(_ response: APIGatewayV2Response) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data((response.body ?? "").utf8))
    }

    @Test func bodyProblemsNameWhatIsWrong() {
        #expect(throws: APIProblem.badRequest("a JSON body is required")) { try request(body: nil).jsonBody(as: Start.self) }
        #expect(throws: APIProblem.badRequest("the body is not valid JSON")) { try request(body: "{nope").jsonBody(as: Start.self) }
        #expect(throws: APIProblem.badRequest("userId is required")) { try request(body: "{}").jsonBody(as: Start.self) }
        #expect(throws: APIProblem.badRequest("count must be a number")) {
            try request(body: #"{"userId":"u","count":"three"}"#).jsonBody(as: Start.self)
        }
        #expect(throws: Never.self) { try request(body: nil).optionalJSONBody(as: Start.self) }
    }

    @Test func aFractionWhereAWholeNumberIsMeantIsABadRequestNamingTheField() throws {
        #expect(try request(body: #"{"userId":"u","count":2}"#).jsonBody(as: Start.self).count == 2)
        #expect(try request(body: #"{"userId":"u","count":2.0}"#).jsonBody(as: Start.self).count == 2)
        #expect(throws: APIProblem.badRequest("count must be a whole number, got 1.5")) {
            try request(body: #"{"userId":"u","count":1.5}"#).jsonBody(as: Start.self)
        }
        // The body is valid JSON; it is never called otherwise.
        #expect(throws: APIProblem.badRequest("a number in the body does not fit its field: a whole number is expected, or a smaller one")) {
            try request(body: #"{"userId":"u","count":1e300}"#).jsonBody(as: Start.self)
        }
    }

    @Test func aProblemIsAnsweredWithItsStatusAndMessage() async throws {
        let response = await HTTPAPI.answer(request(body: nil), context: context) { _, _ in throw APIProblem.tooManyRequests("5 jobs are active") }
        #expect(response.statusCode == 429)
        #expect(try message(response) == ["message": "5 jobs are active"])
    }

    @Test func aDependencyFailureIsA5xxWithTheRequestID() async throws {
        let throttled = AWSError(kind: .service, code: .throttling, message: "slow down", statusCode: 400)
        let response = await HTTPAPI.answer(request(body: nil), context: context) { _, _ in throw throttled }
        #expect(response.statusCode == 503)
        #expect(try message(response)["requestId"] == "req-1")

        let bug = await HTTPAPI.answer(request(body: nil), context: context) { _, _ in throw CancellationError() }
        #expect(bug.statusCode == 500)
        #expect(try message(bug)["requestId"] == "req-1")
    }

    @Test func settingsAreCheckedAtInit() throws {
        let settings = FunctionSetting(environment: ["MAX_STREAMS": "4", "BAD": "x", "TABLE": "t"])
        #expect(try settings.integer("MAX_STREAMS", default: 3, in: 1...100) == 4)
        #expect(try settings.integer("UNSET", default: 3) == 3)
        #expect(throws: SettingError.self) { try settings.integer("BAD", default: 3) }
        #expect(try settings.string("TABLE") == "t")
        #expect(throws: SettingError.self) { try settings.string("MISSING") }
    }
}

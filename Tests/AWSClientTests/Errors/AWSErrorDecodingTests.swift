@testable import AWSClient
import CurlHTTP
import Foundation
import LambdaEvents
import Testing

@Suite struct AWSErrorDecodingTests {
    func response(_ status: Int, _ body: String, headers: [(String, String)] = []) -> CurlResponse {
        CurlResponse(status: status, headers: CurlHeaders(headers), body: Data(body.utf8))
    }

    @Test func readsTheCodeAfterTheHashAndTheLowercaseMessage() {
        let error = AWSError(
            response: response(
                400, #"{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed","Item":{"pk":{"S":"a"},"n":{"N":"1.50"}}}"#,
                headers: [("x-amzn-RequestId", "REQ123")]),
            service: .dynamoDB)
        #expect(error.kind == .service)
        #expect(error.code == .conditionalCheckFailed)
        #expect(error.message == "The conditional request failed")
        #expect(error.statusCode == 400)
        #expect(error.requestID == "REQ123")
        #expect(error.service == "dynamodb")
        #expect(error.item == ["pk": "a", "n": .number("1.50")])
    }

    @Test func decodesCancellationReasonsInOrder() {
        let error = AWSError(
            response: response(
                400, #"{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","Message":"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]","CancellationReasons":[{"Code":"None"},{"Code":"ConditionalCheckFailed","Message":"The conditional request failed","Item":{"pk":{"S":"b"}}}]}"#),
            service: .dynamoDB)
        #expect(error.code == .transactionCanceled)
        #expect(error.message.hasPrefix("Transaction cancelled"))
        #expect(error.cancellationReasons.map(\.code) == [.none, .conditionalCheckFailed])
        #expect(error.cancellationReasons[1].item == ["pk": "b"])
        #expect(error.cancellationReasons.map(\.isFailure) == [false, true])
        #expect(error.description.contains("[None, ConditionalCheckFailed]"))
    }

    @Test func takesTheCodeFromTheHeaderWhenTheBodyHasNone() {
        let error = AWSError(
            response: response(400, "{}", headers: [("X-Amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/")]),
            service: .eventBridge)
        #expect(error.code == .validation)
        #expect(error.service == "events")
    }

    @Test func anAnswerThatIsNotJSONKeepsItsStatusAndText() {
        let error = AWSError(response: response(502, "  <html>Bad Gateway</html>\n"), service: .dynamoDB)
        #expect(error.code == "HTTP502")
        #expect(error.message == "<html>Bad Gateway</html>")
        #expect(error.isRetryable)
    }

    @Test func codesWithoutANamespaceAreReadAsTheyAre() {
        #expect(ServiceErrorBody.code(fromType: "ResourceNotFoundException") == "ResourceNotFoundException")
        #expect(ServiceErrorBody.code(fromType: "com.amazon.coral.service#UnrecognizedClientException")
            == "UnrecognizedClientException")
    }
}

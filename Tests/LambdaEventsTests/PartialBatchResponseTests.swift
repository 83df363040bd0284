import LambdaEvents
import Testing

@Suite("PartialBatchResponse")
struct PartialBatchResponseTests {
    @Test func encodesTheFailedItemIdentifiers() throws {
        let response = PartialBatchResponse(failedItemIdentifiers: ["4421584600000000017450439092"])
        #expect(try wireJSON(response) == ["batchItemFailures": [["itemIdentifier": "4421584600000000017450439092"]]])
    }

    @Test func encodesAnAllSucceededResponseAsAnEmptyList() throws {
        #expect(try wireJSON(PartialBatchResponse()) == ["batchItemFailures": []])
    }

    @Test func decodesWhatLambdaReads() throws {
        let json = #"{"batchItemFailures":[{"itemIdentifier":"a"},{"itemIdentifier":"b"}]}"#
        let response = try decode(PartialBatchResponse.self, from: json)
        #expect(response.batchItemFailures.map(\.itemIdentifier) == ["a", "b"])
        #expect(response == PartialBatchResponse(failedItemIdentifiers: ["a", "b"]))
        #expect(try roundTripped(response) == response)
    }
}

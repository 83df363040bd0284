import Foundation
import Testing
@testable import DelayedJobs

/// The delay a request asks for: a whole number of seconds from 0 to what the job function can wait.
@Suite struct JobDelayTests {
    func delay(_ number: Double? = nil, _ text: String? = nil, max: Int = 840) throws(JobRequestError) -> Int64 {
        try JobDelay.milliseconds(number: number, text: text, maximumSeconds: max)
    }

    @Test func theBodysNumberOrElseTheQueryGivesTheDelay() throws {
        #expect(try delay(30) == 30_000)
        #expect(try delay(nil, "2") == 2_000)
        #expect(try delay(0) == 0)
        #expect(try delay(840) == 840_000)
        // The body wins when both are given.
        #expect(try delay(1, "7") == 1_000)
    }

    @Test func aMissingDelayIsRequired() {
        #expect(throws: JobRequestError("delaySeconds is required")) { try delay() }
    }

    @Test func aDelayThatIsNotANumberIsRefused() {
        #expect(throws: JobRequestError("delaySeconds must be a number of seconds, got \"soon\"")) { try delay(nil, "soon") }
        #expect(throws: JobRequestError.self) { try delay(nil, "") }
        #expect(throws: JobRequestError.self) { try delay(nil, "nan") }
        #expect(throws: JobRequestError.self) { try delay(nil, "inf") }
        #expect(throws: JobRequestError.self) { try delay(.infinity) }
    }

    @Test func aFractionOfASecondIsRefusedAndAWholeNumberWrittenWithAPointIsNot() throws {
        #expect(throws: JobRequestError("delaySeconds must be a whole number of seconds, got 1.5")) { try delay(1.5) }
        #expect(throws: JobRequestError("delaySeconds must be a whole number of seconds, got 2.5")) { try delay(nil, "2.5") }
        #expect(throws: JobRequestError.self) { try delay(0.001) }
        #expect(try delay(1.0) == 1_000)
        #expect(try delay(nil, "1.0") == 1_000)
    }

    @Test func theBodysDelayIsAJSONNumber() throws {
        func decoded(_ json: String) throws -> DelayRequest {
            try JSONDecoder().decode(DelayRequest.self, from: Data(json.utf8))
        }
        #expect(try decoded(#"{"delaySeconds": 1}"#).delaySeconds == 1)
        #expect(try decoded(#"{"delaySeconds": 1.0}"#).delaySeconds == 1)
        #expect(try decoded(#"{"delaySeconds": 1.5}"#).delaySeconds == 1.5, "decoded, then refused by JobDelay by name")
        #expect(throws: DecodingError.self) { try decoded(#"{"delaySeconds": "1"}"#) }
    }

    @Test func aNegativeDelayIsRefused() {
        #expect(throws: JobRequestError("delaySeconds must not be negative, got -1.0")) { try delay(-1) }
        #expect(throws: JobRequestError.self) { try delay(nil, "-0.5") }
    }

    @Test func aDelayLongerThanTheJobFunctionCanWaitIsRefused() {
        #expect(throws: JobRequestError(
            "delaySeconds must be at most 840 (the job function's timeout less a margin), got 841.0")) { try delay(841) }
        #expect(throws: JobRequestError.self) { try delay(nil, "10", max: 5) }
    }
}

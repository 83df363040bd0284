import LambdaEvents
import Testing
@testable import SupervisorQueue

/// What a caller sends is checked field by field, with a message naming the field.
@Suite struct RequestValidationTests {
    func problem(_ input: NewRequestInput) -> RequestProblem? {
        do {
            _ = try input.validated()
            return nil
        } catch {
            return error
        }
    }

    func problem(_ input: RequestChangeInput) -> RequestProblem? {
        do {
            _ = try input.validated()
            return nil
        } catch {
            return error
        }
    }

    @Test func aNewRequestNeedsAQuestionAndAcceptsTheRest() throws {
        let plain = try NewRequestInput(question: "  Can I refund order 42?\n").validated()
        #expect(plain.question == "Can I refund order 42?")
        #expect(plain.priority == .standard)
        #expect(plain.priority.value == 5)
        #expect(try RequestID(plain.requestId.value) == plain.requestId, "a generated id is a valid id")
        let full = try NewRequestInput(question: "Price match?", priority: 10, customerId: "cust-7", requestId: "req_1").validated()
        #expect(full.priority.value == 10)
        #expect(full.customerId == "cust-7")
        #expect(full.requestId.value == "req_1")
    }

    @Test func aNewRequestsMistakesAreNamed() {
        #expect(problem(NewRequestInput(question: nil))?.message == "question is required")
        #expect(problem(NewRequestInput(question: " \n\t "))?.message == "question must not be empty")
        #expect(problem(NewRequestInput(question: String(repeating: "x", count: 2_001)))?.message.hasPrefix("question must have at most 2000") == true)
        #expect(problem(NewRequestInput(question: "q", priority: 0))?.message == "priority must be an integer from 1 to 10, got 0")
        #expect(problem(NewRequestInput(question: "q", priority: 11))?.kind == .invalid)
        #expect(problem(NewRequestInput(question: "q", customerId: ""))?.message == "customerId must have 1 to 128 characters")
        #expect(problem(NewRequestInput(question: "q", customerId: " \t "))?.message == "customerId must not be blank")
        #expect(problem(NewRequestInput(question: "q", requestId: "a#b"))?.message.hasPrefix("requestId must be 1 to 64 letters") == true)
        #expect(problem(NewRequestInput(question: "q", requestId: String(repeating: "a", count: 65)))?.kind == .invalid)
    }

    @Test func idsAreLettersDigitsHyphensAndUnderscores() throws {
        #expect(try StoreID("Store_9-a").value == "Store_9-a")
        for bad in ["", "a b", "a/b", "a#b", "é", String(repeating: "s", count: 65)] {
            #expect(throws: RequestProblem.self, "\(bad)") { try StoreID(bad) }
            #expect(throws: RequestProblem.self, "\(bad)") { try RequestID(bad) }
        }
    }

    @Test func aChangeAnswersOrClosesAPendingRequest() throws {
        #expect(try RequestChangeInput(statusCode: "RESPONSE_RECEIVED", response: " Yes, refund it. ").validated() == .answer("Yes, refund it."))
        #expect(try RequestChangeInput(statusCode: "UNRESOLVED").validated() == .unresolved)
        #expect(problem(RequestChangeInput(statusCode: nil))?.message == "statusCode is required: RESPONSE_RECEIVED or UNRESOLVED")
        #expect(problem(RequestChangeInput(statusCode: "TIMEOUT"))?.message == "statusCode must be RESPONSE_RECEIVED or UNRESOLVED, got \"TIMEOUT\"")
        #expect(problem(RequestChangeInput(statusCode: "PENDING_RESPONSE"))?.kind == .invalid)
        #expect(problem(RequestChangeInput(statusCode: "RESPONSE_RECEIVED"))?.message == "response is required with statusCode RESPONSE_RECEIVED")
        #expect(problem(RequestChangeInput(statusCode: "RESPONSE_RECEIVED", response: "  "))?.message == "response must not be empty")
        #expect(problem(RequestChangeInput(statusCode: "UNRESOLVED", response: "no"))?.kind == .invalid)
    }

    @Test func aResolvedRequestMovesToTheOtherRangeWithTheNextVersion() throws {
        let request = SupervisorRequest(
            storeId: try StoreID("s"), requestId: try RequestID("r"), question: "q", priority: try Priority(8),
            statusCode: .pendingResponse, requestedAt: 1_000, updatedAt: 1_000, version: 1)
        let answered = request.resolved(.answer("yes"), at: 5_000)
        #expect(answered.status == .notPending)
        #expect(answered.statusCode == .responseReceived)
        #expect(answered.response == "yes")
        #expect(answered.resolvedAt == 5_000)
        #expect(answered.version == 2)
        #expect(answered.sortKey.text == "NOT_PENDING#02#0000000001000#r", "the original time and priority keep their place")
        #expect(request.resolved(.timeout, at: 9).statusCode == .timeout)
        #expect(request.resolved(.unresolved, at: 9).statusCode == .unresolved)
    }

    @Test func itemsReadBackAndOnlyPendingListItemsAreInTheTimeoutIndex() throws {
        let request = SupervisorRequest(
            storeId: try StoreID("s"), requestId: try RequestID("r"), question: "q", customerId: "c", priority: try Priority(8),
            statusCode: .pendingResponse, requestedAt: 1_000, updatedAt: 1_000, version: 3)
        let record = RequestItem.record(request)
        let listing = RequestItem.listing(request)
        #expect(record["sk"] == .string("REQUEST#r"))
        #expect(record["pendingQueue"] == nil)
        #expect(listing["sk"] == .string("PENDING#02#0000000001000#r"))
        #expect(listing["pendingQueue"] == .string("PENDING"))
        #expect(RequestItem.request(from: record) == request)
        var fromListing = request
        fromListing.version = 0
        #expect(RequestItem.request(from: listing) == fromListing, "list items carry no version")
        let answered = request.resolved(.answer("yes"), at: 2_000)
        #expect(RequestItem.listing(answered)["pendingQueue"] == nil)
        #expect(RequestItem.request(from: RequestItem.record(answered)) == answered)
        #expect(RequestItem.request(from: ["storeId": .string("s")]) == nil)
    }
}

import Testing
@testable import StreamLimits

/// Stream ids and settings.
@Suite struct StreamRequestTests {
    @Test func aStreamIdHasOneTo128PrintableCharacters() throws {
        #expect(try StreamID.validated("match-42") == "match-42")
        #expect(try StreamID.validated(String(repeating: "x", count: 128)).count == 128)
        #expect(throws: StreamRequestError("streamId must have 1 to 128 characters")) { try StreamID.validated("") }
        #expect(throws: StreamRequestError.self) { try StreamID.validated(String(repeating: "x", count: 129)) }
        #expect(throws: StreamRequestError("streamId must not contain control characters")) { try StreamID.validated("a\nb") }
    }

    @Test func aStreamIdOfWhiteSpaceAloneIsRefused() throws {
        #expect(throws: StreamRequestError("streamId must not be blank")) { try StreamID.validated("   ") }
        #expect(throws: StreamRequestError("streamId must not be blank")) { try StreamID.validated("\u{3000}") }
        #expect(try StreamID.validated("match 42") == "match 42")
    }

    @Test func generatedStreamIdsAreValidAndDistinct() throws {
        let first = StreamID.generate()
        #expect(try StreamID.validated(first) == first)
        #expect(first != StreamID.generate())
    }

    @Test func aLeaseLastsTheConfiguredSeconds() {
        #expect(StreamLimitSettings(maxStreams: 3, leaseSeconds: 1).leaseEnd(startingAt: 10_000) == 11_000)
        #expect(StreamLimitSettings().maxStreams == 3)
    }

    @Test func refusalsSayWhatIsWrong() {
        #expect(StreamLimitError.limitReached(userId: "1", activeStreams: 3, maxStreams: 3).description
            == "user 1 already has 3 active streams, the most allowed is 3; end one before starting another")
        #expect(StreamLimitError.nothingActive(userId: "1").description == "user 1 has no active stream to end")
        #expect(StreamLimitError.streamNotActive(userId: "1", streamId: "s").description == "stream s is not active for user 1")
    }
}

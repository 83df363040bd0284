import LambdaEvents
import Testing
@testable import StreamLimits

/// What a start does next, from the item its last conditional write saw.
@Suite struct StartDecisionTests {
    static let now: Int64 = 1_000_000

    static func streams(_ leases: [String: Int64]) -> UserStreams {
        UserStreams(userId: "u1", storedLeases: leases.mapValues { .number(String($0)) })
    }

    func decide(_ leases: [String: Int64]?, _ streamId: String = "new", max: Int = 3) -> StartDecision {
        StartDecision.decide(current: leases.map(Self.streams), streamId: streamId, now: Self.now, maxStreams: max)
    }

    @Test func aUserWithoutALeaseMapGetsOneCreated() {
        #expect(decide(nil) == .create)
    }

    @Test func aStreamThatHoldsALeaseIsRenewedNotGivenASecondSlot() {
        #expect(decide(["a": Self.now + 1, "b": Self.now + 1, "new": Self.now + 1], "new") == .renew)
        // Even an expired lease of the same stream is renewed in place: it still occupies its entry.
        #expect(decide(["a": Self.now + 1, "b": Self.now + 1, "new": Self.now - 1], "new") == .renew)
    }

    @Test func aFreeSlotMeansAdmittingAgain() {
        #expect(decide([:]) == .admit)
        #expect(decide(["a": Self.now + 1, "b": Self.now + 1]) == .admit)
    }

    @Test func aFullUserIsRefusedWithTheLiveCount() {
        #expect(decide(["a": Self.now + 1, "b": Self.now + 2, "c": Self.now + 3]) == .refuse(activeStreams: 3))
        #expect(decide(["a": Self.now + 1], max: 1) == .refuse(activeStreams: 1))
    }

    @Test func expiredLeasesOfAFullUserAreReclaimed() {
        let decision = decide(["a": Self.now - 5, "b": Self.now + 2, "c": Self.now])
        #expect(decision == .reclaim([
            StreamLease(streamId: "a", expiresAt: Self.now - 5), StreamLease(streamId: "c", expiresAt: Self.now),
        ]))
    }

    @Test func reclaimingNeedsEnoughExpiredLeasesWhenTheLimitWasLowered() {
        // Four entries under a limit lowered to 2: one expired lease does not make room.
        let leases: [String: Int64] = ["a": Self.now - 1, "b": Self.now + 1, "c": Self.now + 1, "d": Self.now + 1]
        #expect(decide(leases, max: 2) == .refuse(activeStreams: 3))
        #expect(decide(leases, max: 4) == .reclaim([StreamLease(streamId: "a", expiresAt: Self.now - 1)]))
    }

    @Test func anEndWithoutAStreamReleasesTheLiveLeaseThatEndsFirst() {
        let leases = Self.streams(["old": Self.now - 1, "b": Self.now + 20, "a": Self.now + 10])
        #expect(EndDecision.decide(current: leases, now: Self.now) == .release(StreamLease(streamId: "a", expiresAt: Self.now + 10)))
        #expect(EndDecision.decide(current: Self.streams(["old": Self.now - 1]), now: Self.now) == .nothingActive)
        #expect(EndDecision.decide(current: nil, now: Self.now) == .nothingActive)
    }
}

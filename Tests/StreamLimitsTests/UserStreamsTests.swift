import LambdaEvents
import Testing
@testable import StreamLimits

/// Reading a user's item, and which of its leases still hold a slot.
@Suite struct UserStreamsTests {
    static func item(_ leases: [String: AttributeValue]) -> DynamoDBItem {
        ["userId": .string("u1"), "leases": .map(leases), "expiresAt": .number("1")]
    }

    @Test func aLeaseHoldsItsSlotUntilTheMomentItEnds() {
        let lease = StreamLease(streamId: "s", expiresAt: 10_000)
        #expect(lease.isLive(at: 9_999))
        #expect(!lease.isLive(at: 10_000))
        #expect(!lease.isLive(at: 20_000))
    }

    @Test func liveAndExpiredLeasesAreToldApartAtAGivenTime() throws {
        let streams = try #require(UserStreams(item: Self.item(["a": .number("1000"), "b": .number("3000"), "c": .number("2000")])))
        #expect(streams.userId == "u1")
        #expect(streams.leases.map(\.streamId) == ["a", "c", "b"])
        #expect(streams.live(at: 1_500).map(\.streamId) == ["c", "b"])
        #expect(streams.expired(at: 1_500).map(\.streamId) == ["a"])
        #expect(streams.activeCount(at: 0) == 3)
        #expect(streams.activeCount(at: 3_000) == 0)
        #expect(streams.lease(of: "c") == StreamLease(streamId: "c", expiresAt: 2_000))
        #expect(streams.lease(of: "z") == nil)
    }

    @Test func anEntryThatIsNotAWholeNumberCountsAsExpired() throws {
        let streams = try #require(UserStreams(item: Self.item(["odd": .string("soon"), "fine": .number("5000")])))
        #expect(streams.expired(at: 1).map(\.streamId) == ["odd"])
        #expect(streams.activeCount(at: 1) == 1)
    }

    @Test func noItemOrAnItemWithoutALeaseMapIsNoRecord() {
        #expect(UserStreams(item: nil) == nil)
        #expect(UserStreams(item: ["userId": .string("u1")]) == nil)
        #expect(UserStreams(item: ["userId": .string("u1"), "leases": .string("x")]) == nil)
    }
}

import Testing
import TestSupport
@testable import SupervisorQueue

/// The sort key orders a plain ascending Query the way the list must read: highest priority first,
/// then oldest first, each status in its own range.
@Suite struct RequestSortKeyTests {
    func key(_ status: RequestStatus = .pending, priority: Int, at time: Int64, _ id: String) throws -> RequestSortKey {
        RequestSortKey(status: status, priority: try Priority(priority), requestedAt: time, requestId: try RequestID(id))
    }

    @Test func keysSortHighestPriorityFirstThenOldestThenById() throws {
        let expected = [
            try key(priority: 10, at: 5, "j"),
            try key(priority: 10, at: 1_714_564_800_000, "a"),
            try key(priority: 9, at: 999, "b"),
            try key(priority: 9, at: 1_000, "c"),
            try key(priority: 9, at: 1_714_564_800_000, "d"),
            try key(priority: 9, at: 1_714_564_800_000, "e"),
            try key(priority: 5, at: 10, "f"),
            try key(priority: 2, at: 0, "g"),
            try key(priority: 1, at: 9_999_999_999_999, "h"),
        ]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<20 {
            let sortedByText = expected.shuffled(using: &generator).sorted { $0.text < $1.text }
            #expect(sortedByText == expected)
        }
    }

    @Test func theTextIsFixedWidthAndReadsBack() throws {
        let sortKey = try key(priority: 10, at: 1_714_564_800_123, "req-1")
        #expect(sortKey.text == "PENDING#00#1714564800123#req-1")
        #expect(try key(.notPending, priority: 1, at: 42, "x").text == "NOT_PENDING#09#0000000000042#x")
        #expect(RequestSortKey(text: sortKey.text) == sortKey)
        for text in ["", "PENDING#00#1714564800123", "DONE#00#1714564800123#a", "PENDING#0#1714564800123#a",
                     "PENDING#00#171456480012#a", "PENDING#00#1714564800123#a#b", "PENDING#xx#1714564800123#a",
                     "PENDING#-1#1714564800123#a", "REQUEST#a"] {
            #expect(RequestSortKey(text: text) == nil, "\(text)")
        }
    }

    @Test func eachStatusHasARangeOfItsOwn() throws {
        let pending = RequestSortKey.prefix(of: .pending)
        let notPending = RequestSortKey.prefix(of: .notPending)
        #expect(try key(.pending, priority: 3, at: 1, "a").text.hasPrefix(pending))
        #expect(try !key(.notPending, priority: 3, at: 1, "a").text.hasPrefix(pending))
        #expect(try !key(.pending, priority: 3, at: 1, "a").text.hasPrefix(notPending))
        #expect(!RequestRecordKey.text(try RequestID("a")).hasPrefix(pending))
        #expect(!RequestRecordKey.text(try RequestID("a")).hasPrefix(notPending))
    }
}

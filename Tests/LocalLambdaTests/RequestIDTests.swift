import LocalLambda
import Testing

/// Request ids look like Lambda's: lowercase version 4 UUIDs, never repeated.
@Suite struct RequestIDTests {
    @Test func everyIDIsALowercaseVersion4UUIDAndNoneRepeatsAcrossManyRefills() {
        // 5,000 ids take about twenty pages of random bytes.
        let ids = (0..<5_000).map { _ in RequestID.random() }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let groups = id.split(separator: "-", omittingEmptySubsequences: false)
            #expect(groups.map(\.count) == [8, 4, 4, 4, 12], "\(id)")
            #expect(id.allSatisfy { "0123456789abcdef-".contains($0) }, "\(id)")
            #expect(groups[2].first == "4", "version nibble of \(id)")
            #expect("89ab".contains(groups[3].first!), "variant of \(id)")
        }
    }

    @Test func theBitsBesideVersionAndVariantAreRandom() {
        // Every hex digit position outside the fixed ones takes many values over a few thousand ids.
        let ids = (0..<2_000).map { _ in Array(RequestID.random()) }
        for position in 0..<36 where ![8, 13, 14, 18, 19, 23].contains(position) {
            #expect(Set(ids.map { $0[position] }).count == 16, "position \(position)")
        }
    }
}

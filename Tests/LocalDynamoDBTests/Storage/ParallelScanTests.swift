import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct ParallelScanTests {
    func seeded(partitions: Int, itemsEach: Int) async throws -> DynamoDBStore {
        let store = try await ordersStore()
        for p in 0..<partitions {
            for sk in 0..<itemsEach {
                _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("p\(p)", sk)))
            }
        }
        return store
    }

    /// Every page of one segment, following `LastEvaluatedKey`.
    func scanAll(_ store: DynamoDBStore, segment: Int, of total: Int, limit: Int? = nil) async throws -> [DynamoDBItem] {
        var items: [DynamoDBItem] = []
        var start: DynamoDBItem?
        repeat {
            let page = try await store.scan(ScanInput(tableName: "Orders", limit: limit, exclusiveStartKey: start, segment: segment, totalSegments: total))
            items += page.items ?? []
            start = page.lastEvaluatedKey
        } while start != nil
        return items
    }

    @Test func everyItemIsInExactlyOneSegmentOnEveryPage() async throws {
        let store = try await seeded(partitions: 20, itemsEach: 3)
        var seen: [DynamoDBItem] = []
        var nonEmpty = 0
        for segment in 0..<4 {
            let items = try await scanAll(store, segment: segment, of: 4, limit: 2)
            let partitions = Set(items.compactMap { $0["pk"] })
            // A partition stays whole within its segment.
            #expect(items.count == partitions.count * 3)
            if !items.isEmpty { nonEmpty += 1 }
            seen += items
        }
        #expect(seen.count == 60)
        #expect(Set(seen).count == 60)
        #expect(nonEmpty > 1, "the items are spread over segments, not all in one")
        let whole = try await scanAll(store, segment: 0, of: 1)
        #expect(whole.count == 60)
    }

    @Test(arguments: [
        (Int?.some(1), Int?.none, "The TotalSegments parameter is required but was not present in the request when Segment parameter is present"),
        (Int?.some(0), Int?.none, "The TotalSegments parameter is required but was not present in the request when Segment parameter is present"),
        (Int?.none, Int?.some(1), "The Segment parameter is required but was not present in the request when parameter TotalSegments is present"),
        (Int?.some(3), Int?.some(3), "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 3 is not less than TotalSegments: 3"),
        (Int?.some(0), Int?.some(0), "1 validation error detected: Value '0' at 'totalSegments' failed to satisfy constraint: Member must have value greater than or equal to 1"),
        (Int?.some(0), Int?.some(1_000_001), "1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000"),
        (Int?.some(-1), Int?.some(0), "2 validation errors detected: Value '-1' at 'segment' failed to satisfy constraint: Member must have value greater than or equal to 0; Value '0' at 'totalSegments' failed to satisfy constraint: Member must have value greater than or equal to 1"),
    ])
    func invalidSegmentsAreRefused(segment: Int?, total: Int?, message: String) async throws {
        let store = try await seeded(partitions: 1, itemsEach: 1)
        let error = await serviceError { _ = try await store.scan(ScanInput(tableName: "Orders", segment: segment, totalSegments: total)) }
        #expect(error?.code == "ValidationException")
        #expect(error?.message == message)
    }
}

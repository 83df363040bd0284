import LambdaEvents

/// The pages of a Query or Scan, fetched one at a time as they are iterated: each request starts
/// at the previous page's `LastEvaluatedKey`, and the sequence ends after the page without one.
///
/// ```swift
/// for try await page in dynamo.queryPages(request) { handle(page.items) }
/// ```
public struct ItemPages: AsyncSequence, Sendable {
    /// A page of items.
    public typealias Element = ItemPage
    /// Every failure is an ``AWSError``.
    public typealias Failure = AWSError

    let firstKey: DynamoDBItem?
    let fetch: @Sendable (DynamoDBItem?) async throws(AWSError) -> ItemPage

    /// Starts iterating; nothing is fetched before the first `next()`.
    public func makeAsyncIterator() -> Iterator {
        Iterator(nextKey: firstKey, fetch: fetch)
    }

    /// Fetches the pages in order.
    public struct Iterator: AsyncIteratorProtocol {
        var nextKey: DynamoDBItem?
        var finished = false
        let fetch: @Sendable (DynamoDBItem?) async throws(AWSError) -> ItemPage

        /// The next page, or `nil` after the last one.
        public mutating func next() async throws(AWSError) -> ItemPage? {
            guard !finished else { return nil }
            let page = try await fetch(nextKey)
            nextKey = page.lastEvaluatedKey
            finished = page.lastEvaluatedKey == nil
            return page
        }
    }
}

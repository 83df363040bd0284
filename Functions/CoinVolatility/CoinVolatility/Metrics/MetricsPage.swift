/// One page of the ranking, highest standard deviation first.
public struct MetricsPage: Sendable, Hashable {
    /// The pairs of the page.
    public var pairs: [PairMetrics]
    /// Where the next page starts; `nil` on the last page.
    public var next: MetricsCursor?

    /// Creates a page.
    public init(pairs: [PairMetrics], next: MetricsCursor?) {
        self.pairs = pairs
        self.next = next
    }
}

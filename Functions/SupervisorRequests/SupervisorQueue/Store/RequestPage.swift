/// One page of a store's list of one status.
public struct RequestPage: Sendable, Hashable {
    /// The requests, highest priority first, then oldest first.
    public var requests: [SupervisorRequest]
    /// Where the next page starts; `nil` on the last page.
    public var next: RequestCursor?

    /// Creates a page.
    public init(requests: [SupervisorRequest], next: RequestCursor?) {
        self.requests = requests
        self.next = next
    }
}

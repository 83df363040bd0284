import SupervisorQueue

/// The answer of `GET /stores/{storeId}/requests`.
struct RequestListAnswer: Encodable {
    /// The page, highest priority first, then oldest first.
    var requests: [RequestView]
    /// Pass as `cursor` (with the same status) for the next page; absent on the last page.
    var cursor: String?
}

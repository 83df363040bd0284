/// The query of `GET /stores/{storeId}/requests?status=&limit=&cursor=`.
public struct ListQuery: Sendable, Hashable {
    /// Which requests: PENDING unless the caller says otherwise.
    public var status: RequestStatus
    /// At most this many per page: 1 to 100, 20 unless the caller says otherwise.
    public var limit: Int
    /// Where the page starts; the beginning when `nil`.
    public var cursor: RequestCursor?

    /// The page sizes a caller may ask for.
    public static let limits = 1...100
    /// The page size when the caller names none.
    public static let defaultLimit = 20

    /// Reads the query parameters of a list request for `storeId`.
    /// - Throws: ``RequestProblem`` (invalid) naming the parameter that is wrong.
    public init(parameters: [String: String], storeId: StoreID) throws(RequestProblem) {
        if let text = parameters["status"] {
            guard let status = RequestStatus(rawValue: text) else {
                throw .invalid("status must be PENDING or NOT_PENDING, got \"\(text)\"")
            }
            self.status = status
        } else {
            status = .pending
        }
        if let text = parameters["limit"] {
            guard let limit = Int(text), Self.limits.contains(limit) else {
                throw .invalid("limit must be an integer from \(Self.limits.lowerBound) to \(Self.limits.upperBound), got \"\(text)\"")
            }
            self.limit = limit
        } else {
            limit = Self.defaultLimit
        }
        cursor = try parameters["cursor"].map { text throws(RequestProblem) in
            try RequestCursor(text: text, storeId: storeId, status: status)
        }
    }
}

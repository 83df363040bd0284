/// The sort key of a request's record item, `REQUEST#<requestId>`: the request found by id with
/// one GetItem, whatever its status. The record holds the whole request and its version; the
/// list item under ``RequestSortKey`` is a copy kept in step with it in every transaction.
public enum RequestRecordKey {
    /// The prefix of record keys; no status starts with it.
    public static let prefix = "REQUEST#"

    /// The record key of `requestId`.
    public static func text(_ requestId: RequestID) -> String { prefix + requestId.value }
}

import AWSClient
import LambdaEvents

/// How a request is laid out in the table. Partition key `storeId`, sort key `sk`; every request
/// has two items that change together, in one transaction:
///
/// - its record, `sk = REQUEST#<requestId>`: the request by id, with the version that guards changes;
/// - its list item, `sk = <status>#<priority>#<requestTimestamp>#<requestId>` (``RequestSortKey``):
///   the same fields, placed where a Query of the status reads it in order. A pending list item
///   also carries `pendingQueue`, the partition key of the sparse ``pendingIndex`` (sort key
///   `requestedAt`), where the timeout sweep finds requests older than a cutoff without a Scan;
///   items without it (records, other statuses) are not in that index at all.
public enum RequestItem {
    /// The attribute names.
    public enum Attribute {
        public static let storeId = "storeId"
        public static let sortKey = "sk"
        public static let requestId = "requestId"
        public static let question = "question"
        public static let customerId = "customerId"
        public static let priority = "priority"
        public static let status = "status"
        public static let statusCode = "statusCode"
        public static let requestedAt = "requestedAt"
        public static let response = "response"
        public static let resolvedAt = "resolvedAt"
        public static let updatedAt = "updatedAt"
        public static let version = "version"
        public static let pendingQueue = "pendingQueue"
    }

    /// The sparse index of pending requests by age.
    public static let pendingIndex = "PendingByAge"
    /// The one partition of ``pendingIndex``. Every pending request is in it, which suits a queue
    /// of supervisor questions (far below a partition's thousand writes a second); a busier
    /// system would spread it over `PENDING#0` ... `PENDING#n` and query each.
    public static let pendingQueue = "PENDING"

    /// The key of a request's record.
    public static func recordKey(_ storeId: StoreID, _ requestId: RequestID) -> DynamoDBItem {
        [Attribute.storeId: .string(storeId.value), Attribute.sortKey: .string(RequestRecordKey.text(requestId))]
    }

    /// The key of a request's list item.
    public static func listKey(_ request: SupervisorRequest) -> DynamoDBItem {
        [Attribute.storeId: .string(request.storeId.value), Attribute.sortKey: .string(request.sortKey.text)]
    }

    /// The record item of `request`.
    public static func record(_ request: SupervisorRequest) -> DynamoDBItem {
        var item = fields(request)
        item[Attribute.sortKey] = .string(RequestRecordKey.text(request.requestId))
        item[Attribute.version] = .number(String(request.version))
        return item
    }

    /// The list item of `request`.
    public static func listing(_ request: SupervisorRequest) -> DynamoDBItem {
        var item = fields(request)
        item[Attribute.sortKey] = .string(request.sortKey.text)
        if request.status == .pending { item[Attribute.pendingQueue] = .string(pendingQueue) }
        return item
    }

    private static func fields(_ request: SupervisorRequest) -> DynamoDBItem {
        var item: DynamoDBItem = [
            Attribute.storeId: .string(request.storeId.value),
            Attribute.requestId: .string(request.requestId.value),
            Attribute.question: .string(request.question),
            Attribute.priority: .number(String(request.priority.value)),
            Attribute.status: .string(request.status.rawValue),
            Attribute.statusCode: .string(request.statusCode.rawValue),
            Attribute.requestedAt: .number(String(request.requestedAt)),
            Attribute.updatedAt: .number(String(request.updatedAt)),
        ]
        if let customerId = request.customerId { item[Attribute.customerId] = .string(customerId) }
        if let response = request.response { item[Attribute.response] = .string(response) }
        if let resolvedAt = request.resolvedAt { item[Attribute.resolvedAt] = .number(String(resolvedAt)) }
        return item
    }

    /// Reads a record or list item; `nil` when it is not a request.
    public static func request(from item: DynamoDBItem) -> SupervisorRequest? {
        func integer(_ name: String) -> Int64? {
            item[name]?.numberText.flatMap { DynamoDBNumber($0)?.int64Value }
        }
        guard let storeText = item[Attribute.storeId]?.stringValue, let storeId = try? StoreID(storeText),
              let idText = item[Attribute.requestId]?.stringValue, let requestId = try? RequestID(idText),
              let question = item[Attribute.question]?.stringValue,
              let priorityValue = integer(Attribute.priority), let priority = try? Priority(Int(priorityValue)),
              let codeText = item[Attribute.statusCode]?.stringValue, let statusCode = RequestStatusCode(rawValue: codeText),
              let requestedAt = integer(Attribute.requestedAt),
              let updatedAt = integer(Attribute.updatedAt)
        else { return nil }
        return SupervisorRequest(
            storeId: storeId, requestId: requestId, question: question,
            customerId: item[Attribute.customerId]?.stringValue, priority: priority, statusCode: statusCode,
            requestedAt: requestedAt, response: item[Attribute.response]?.stringValue,
            resolvedAt: integer(Attribute.resolvedAt), updatedAt: updatedAt, version: integer(Attribute.version) ?? 0)
    }
}

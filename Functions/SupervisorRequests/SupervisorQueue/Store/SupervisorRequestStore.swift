#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import AWSClient
import LambdaEvents

/// The supervisor requests of every store, in one table (see ``RequestItem`` for the layout).
///
/// Every change writes a request's record and its list item in one transaction, conditional on
/// the version that was read, so a request is never listed under two statuses, never lost
/// between them, and two changes racing each other cannot both apply. Nothing here scans.
///
/// Errors: ``RequestProblem`` for what the caller asked (no such request, not pending any more,
/// the id taken), ``AWSError`` when DynamoDB fails.
public struct SupervisorRequestStore: Sendable {
    let client: DynamoDBClient
    let tableName: String
    let clock: @Sendable () -> Int64
    let maxAttempts = 3

    /// Keeps requests in `tableName`.
    /// - Parameter clock: The current time, epoch milliseconds.
    public init(
        client: DynamoDBClient,
        tableName: String,
        clock: @escaping @Sendable () -> Int64 = { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) }
    ) {
        self.client = client
        self.tableName = tableName
        self.clock = clock
    }

    /// Creates a pending request.
    /// - Throws: ``RequestProblem`` (conflict) when the store has a request with that id already.
    public func create(_ new: NewRequest, in storeId: StoreID) async throws -> SupervisorRequest {
        let now = clock()
        let request = SupervisorRequest(
            storeId: storeId, requestId: new.requestId, question: new.question, customerId: new.customerId,
            priority: new.priority, statusCode: .pendingResponse, requestedAt: now, updatedAt: now, version: 1)
        let absent = "attribute_not_exists(#sk)"
        let names = ["#sk": RequestItem.Attribute.sortKey]
        do {
            try await client.transactWriteItems(TransactWriteItemsRequest(transactItems: [
                .put(.init(tableName: tableName, item: RequestItem.record(request), conditionExpression: absent, expressionAttributeNames: names)),
                .put(.init(tableName: tableName, item: RequestItem.listing(request), conditionExpression: absent, expressionAttributeNames: names)),
            ]))
        } catch {
            guard error.code == .transactionCanceled, error.cancellationReasons.first?.code == .conditionalCheckFailed else { throw error }
            throw RequestProblem.conflict("store \(storeId) already has a request \(new.requestId); choose another requestId or leave it out")
        }
        return request
    }

    /// The request with `requestId`, whatever its status; `nil` when there is none.
    public func request(_ requestId: RequestID, in storeId: StoreID) async throws(AWSError) -> SupervisorRequest? {
        let response = try await client.getItem(GetItemRequest(
            tableName: tableName, key: RequestItem.recordKey(storeId, requestId), consistentRead: true))
        return response.item.flatMap(RequestItem.request(from:))
    }

    /// One page of the store's requests of `query.status`, highest priority first, then oldest.
    public func list(_ storeId: StoreID, _ query: ListQuery) async throws(AWSError) -> RequestPage {
        let response = try await client.query(QueryRequest(
            tableName: tableName,
            keyConditionExpression: "#store = :store AND begins_with(#sk, :prefix)",
            expressionAttributeNames: ["#store": RequestItem.Attribute.storeId, "#sk": RequestItem.Attribute.sortKey],
            expressionAttributeValues: [
                ":store": .string(storeId.value), ":prefix": .string(RequestSortKey.prefix(of: query.status)),
            ],
            limit: query.limit, exclusiveStartKey: query.cursor?.exclusiveStartKey, consistentRead: true))
        let requests = response.items.compactMap(RequestItem.request(from:))
        let next = response.lastEvaluatedKey
            .flatMap { $0[RequestItem.Attribute.sortKey]?.stringValue }
            .flatMap { RequestSortKey(text: $0) }
            .map { RequestCursor(storeId: storeId, after: $0) }
        return RequestPage(requests: requests, next: next)
    }

    /// Ends a pending request: answered, unresolved or timed out. It moves from the PENDING range
    /// of the store's list to the NOT_PENDING range in the same transaction that updates its record.
    /// - Parameter olderThan: With a time (epoch milliseconds), only a request made before it
    ///   changes; the timeout sweep passes its cutoff.
    /// - Returns: the request as it is now.
    /// - Throws: ``RequestProblem``: not found, or (conflict) not pending any more.
    public func resolve(
        _ requestId: RequestID, in storeId: StoreID, with resolution: SupervisorRequest.Resolution, olderThan cutoff: Int64? = nil
    ) async throws -> SupervisorRequest {
        for _ in 0..<maxAttempts {
            guard let current = try await request(requestId, in: storeId) else {
                throw RequestProblem.notFound("store \(storeId) has no request \(requestId)")
            }
            guard current.status == .pending else {
                throw RequestProblem.conflict(
                    "request \(requestId) is \(current.statusCode.rawValue) already; only a pending request can change")
            }
            if let cutoff, current.requestedAt >= cutoff {
                throw RequestProblem.conflict("request \(requestId) is not old enough to time out")
            }
            let updated = current.resolved(resolution, at: clock())
            do {
                try await client.transactWriteItems(TransactWriteItemsRequest(transactItems: [
                    .delete(.init(
                        tableName: tableName, key: RequestItem.listKey(current), conditionExpression: "attribute_exists(#sk)",
                        expressionAttributeNames: ["#sk": RequestItem.Attribute.sortKey])),
                    .put(.init(tableName: tableName, item: RequestItem.listing(updated))),
                    .put(.init(
                        tableName: tableName, item: RequestItem.record(updated), conditionExpression: "#version = :version",
                        expressionAttributeNames: ["#version": RequestItem.Attribute.version],
                        expressionAttributeValues: [":version": .number(String(current.version))])),
                ]))
                return updated
            } catch {
                // Another change came between the read and the write: read again and decide anew.
                guard error.code == .transactionCanceled || error.code == .transactionConflict else { throw error }
            }
        }
        throw RequestProblem.conflict("request \(requestId) kept changing while this change was made; try again")
    }

    /// Deletes a request, whatever its status: its record and its list item together.
    /// - Throws: ``RequestProblem`` (not found) when there is no such request.
    public func delete(_ requestId: RequestID, in storeId: StoreID) async throws {
        for _ in 0..<maxAttempts {
            guard let current = try await request(requestId, in: storeId) else {
                throw RequestProblem.notFound("store \(storeId) has no request \(requestId)")
            }
            do {
                try await client.transactWriteItems(TransactWriteItemsRequest(transactItems: [
                    .delete(.init(
                        tableName: tableName, key: RequestItem.recordKey(storeId, requestId), conditionExpression: "#version = :version",
                        expressionAttributeNames: ["#version": RequestItem.Attribute.version],
                        expressionAttributeValues: [":version": .number(String(current.version))])),
                    .delete(.init(tableName: tableName, key: RequestItem.listKey(current))),
                ]))
                return
            } catch {
                guard error.code == .transactionCanceled || error.code == .transactionConflict else { throw error }
            }
        }
        throw RequestProblem.conflict("request \(requestId) kept changing while it was being deleted; try again")
    }

    /// Pending requests made before `cutoff` (epoch milliseconds), oldest first, from the sparse
    /// index of pending requests: the cost is the number of requests found, not the table's size.
    public func pendingRequests(
        madeBefore cutoff: Int64, limit: Int, after start: DynamoDBItem? = nil
    ) async throws(AWSError) -> (requests: [(storeId: StoreID, requestId: RequestID)], next: DynamoDBItem?) {
        let response = try await client.query(QueryRequest(
            tableName: tableName, indexName: RequestItem.pendingIndex,
            keyConditionExpression: "#queue = :queue AND #requestedAt < :cutoff",
            expressionAttributeNames: ["#queue": RequestItem.Attribute.pendingQueue, "#requestedAt": RequestItem.Attribute.requestedAt],
            expressionAttributeValues: [":queue": .string(RequestItem.pendingQueue), ":cutoff": .number(String(cutoff))],
            limit: limit, exclusiveStartKey: start, scanIndexForward: true))
        let found = response.items.compactMap { item -> (storeId: StoreID, requestId: RequestID)? in
            guard let storeText = item[RequestItem.Attribute.storeId]?.stringValue, let storeId = try? StoreID(storeText),
                  let keyText = item[RequestItem.Attribute.sortKey]?.stringValue, let key = RequestSortKey(text: keyText)
            else { return nil }
            return (storeId, key.requestId)
        }
        return (found, response.lastEvaluatedKey)
    }
}

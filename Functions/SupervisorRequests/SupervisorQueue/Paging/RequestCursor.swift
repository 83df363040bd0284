#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HTTPFunctionKit
import LambdaEvents

/// Where the next page of a store's list starts, handed to the caller as opaque text.
///
/// An ``OpaqueCursor`` over the store and the last sort key read: one that was edited, cut short,
/// made up, or taken from another store's or another status's list is refused with 400. A
/// checksum (not a signature) is enough: the cursor only ever chooses a start point inside the
/// store's own partition.
public struct RequestCursor: Sendable, Hashable {
    /// The store the list belongs to.
    public var storeId: StoreID
    /// The last key of the previous page.
    public var after: RequestSortKey

    /// Creates a cursor.
    public init(storeId: StoreID, after: RequestSortKey) {
        self.storeId = storeId
        self.after = after
    }

    /// The key to start the next Query after (DynamoDB's `ExclusiveStartKey`).
    public var exclusiveStartKey: DynamoDBItem {
        [RequestItem.Attribute.storeId: .string(storeId.value), RequestItem.Attribute.sortKey: .string(after.text)]
    }

    /// The opaque text handed to callers.
    public var text: String {
        OpaqueCursor.encode([storeId.value, after.text], purpose: Self.purpose)
    }

    /// Reads a cursor this API handed out for the list of `status` in `storeId`.
    /// - Throws: ``RequestProblem`` (invalid) for anything else.
    public init(text: String, storeId: StoreID, status: RequestStatus) throws(RequestProblem) {
        guard let fields = OpaqueCursor.decode(text, purpose: Self.purpose, count: 2),
              fields[0] == storeId.value,
              let key = RequestSortKey(text: fields[1]), key.status == status
        else {
            throw RequestProblem.invalid(
                "cursor is not one this list handed out; pass the cursor of the previous page as it was, with the same status")
        }
        self.init(storeId: storeId, after: key)
    }

    static let purpose = "request-cursor-1"
}

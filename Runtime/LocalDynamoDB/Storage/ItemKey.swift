import Foundation
import LambdaEvents

/// An item's primary key: its attributes and their order-preserving bytes for the index.
struct ItemKey: Sendable, Hashable {
    /// The key attributes, as the item holds them.
    var attributes: DynamoDBItem
    var partition: Data
    /// Empty for tables without a sort key.
    var sort: Data
}

/// Which request parameter an expression came from; DynamoDB names it in every parse error.
public enum ExpressionKind: String, Sendable, Hashable {
    /// `ConditionExpression` of PutItem, UpdateItem, DeleteItem and transactions.
    case condition = "ConditionExpression"
    /// `FilterExpression` of Query and Scan.
    case filter = "FilterExpression"
    /// `KeyConditionExpression` of Query.
    case keyCondition = "KeyConditionExpression"
    /// `UpdateExpression` of UpdateItem.
    case update = "UpdateExpression"
    /// `ProjectionExpression` of GetItem, Query, Scan and batch reads.
    case projection = "ProjectionExpression"
}

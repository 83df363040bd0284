import GRDB

/// One DynamoDB operation's whole work on the store: a closure over one consistent read snapshot
/// or over one write transaction.
///
/// The operation methods of ``DynamoDBStore`` (`putItem(_:)`, `query(_:)`, …) run one and wait
/// for it; ``DynamoDBStore/run(_:completion:)`` runs one and calls back from the database's own
/// queue, for a server that answers from its event loop without starting a task per request.
public struct StoreOperation<Output: Sendable>: Sendable {
    enum Access: Sendable {
        /// A read-only snapshot, taken on one of the reader connections.
        case read
        /// One write transaction on the writer connection; a throw rolls everything back.
        case write
    }

    let access: Access
    let body: @Sendable (Database) throws -> Output

    static func read(_ body: @escaping @Sendable (Database) throws -> Output) -> StoreOperation {
        StoreOperation(access: .read, body: body)
    }

    static func write(_ body: @escaping @Sendable (Database) throws -> Output) -> StoreOperation {
        StoreOperation(access: .write, body: body)
    }
}

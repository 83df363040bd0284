import GRDB

extension DynamoDBStore {
    /// Runs `operation` and waits for its output. Errors a client can cause come out as they were
    /// thrown; anything else becomes an internal failure.
    public func run<Output>(_ operation: StoreOperation<Output>) async throws(DynamoDBServiceError) -> Output {
        do {
            switch operation.access {
            case .read: return try await database.read(operation.body)
            case .write: return try await database.write(operation.body)
            }
        } catch {
            throw Self.serviceError(error)
        }
    }

    /// Runs `operation` and calls `completion` with its output or error, on the database's queue:
    /// no task and no thread hop besides the one to that queue.
    public func run<Output>(
        _ operation: StoreOperation<Output>,
        completion: @escaping @Sendable (Result<Output, DynamoDBServiceError>) -> Void
    ) {
        let body = operation.body
        switch operation.access {
        case .read:
            database.asyncRead { snapshot in
                completion(Result { try body(snapshot.get()) }.mapError(Self.serviceError))
            }
        case .write:
            database.asyncWrite(body) { _, result in
                completion(result.mapError(Self.serviceError))
            }
        }
    }

    /// Runs `body` in one write transaction; any throw rolls back everything it wrote.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(DynamoDBServiceError) -> T {
        try await run(.write(body))
    }

    /// Runs `body` on a consistent snapshot.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(DynamoDBServiceError) -> T {
        try await run(.read(body))
    }

    private static func serviceError(_ error: any Error) -> DynamoDBServiceError {
        switch error {
        case let error as DynamoDBServiceError: error
        case let error as DynamoDBError: DynamoDBServiceError(error)
        default: .internalFailure(error)
        }
    }
}

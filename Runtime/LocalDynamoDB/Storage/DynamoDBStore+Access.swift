import GRDB

extension DynamoDBStore {
    /// Runs `body` in one write transaction; any throw rolls back everything it wrote. Errors a
    /// client can cause come out as they were thrown; anything else becomes an internal failure.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(DynamoDBServiceError) -> T {
        do {
            return try await database.write(body)
        } catch {
            throw Self.serviceError(error)
        }
    }

    /// Runs `body` on a consistent snapshot.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(DynamoDBServiceError) -> T {
        do {
            return try await database.read(body)
        } catch {
            throw Self.serviceError(error)
        }
    }

    private static func serviceError(_ error: any Error) -> DynamoDBServiceError {
        switch error {
        case let error as DynamoDBServiceError: error
        case let error as DynamoDBError: DynamoDBServiceError(error)
        default: .internalFailure(error)
        }
    }
}

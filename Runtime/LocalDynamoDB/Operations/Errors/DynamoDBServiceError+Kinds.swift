import LambdaEvents

extension DynamoDBServiceError {
    /// A `ValidationException` with `message`.
    public static func validation(_ message: String) -> DynamoDBServiceError {
        DynamoDBServiceError(DynamoDBError.validation(message))
    }

    /// The error for a table the store does not hold.
    public static func tableNotFound(_ name: String) -> DynamoDBServiceError {
        DynamoDBServiceError(code: "ResourceNotFoundException", message: "Requested resource not found: Table: \(name) not found")
    }

    /// DeleteTable on a table whose deletion protection is on, in DynamoDB's words.
    public static var deletionProtected: DynamoDBServiceError {
        .validation("Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.")
    }

    /// CreateTable with a name already in use.
    public static func tableExists(_ name: String) -> DynamoDBServiceError {
        DynamoDBServiceError(code: "ResourceInUseException", message: "Table already exists: \(name)")
    }

    /// A failed `ConditionExpression`, carrying the old item when the request asked for it.
    public static func conditionalCheckFailed(item: DynamoDBItem?) -> DynamoDBServiceError {
        DynamoDBServiceError(.conditionalCheckFailed, item: item)
    }

    /// A cancelled TransactWriteItems, with DynamoDB's message listing the reason codes.
    public static func transactionCanceled(_ reasons: [CancellationReason]) -> DynamoDBServiceError {
        let codes = reasons.map { $0.code ?? "None" }.joined(separator: ", ")
        return DynamoDBServiceError(
            code: "TransactionCanceledException",
            message: "Transaction cancelled, please refer cancellation reasons for specific reasons [\(codes)]",
            cancellationReasons: reasons
        )
    }

    /// A storage failure no request can cause; the endpoint answers it with HTTP 500.
    static func internalFailure(_ error: any Error) -> DynamoDBServiceError {
        DynamoDBServiceError(code: "InternalServerError", message: "Internal server error: \(error)")
    }
}

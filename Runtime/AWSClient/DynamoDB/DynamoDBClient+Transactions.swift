#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension DynamoDBClient {
    /// Applies up to 100 actions all together or not at all (TransactWriteItems). Blocks the
    /// calling thread for each attempt.
    ///
    /// Without a ``TransactWriteItemsRequest/clientRequestToken`` the client makes one up, as the
    /// AWS SDKs do, so that a retry after a lost answer cannot apply the transaction twice.
    ///
    /// - Throws: ``AWSError`` with code ``AWSError/Code/transactionCanceled`` and its
    ///   ``AWSError/cancellationReasons`` when a condition fails or an item is busy.
    public func transactWriteItems(_ request: TransactWriteItemsRequest) async throws(AWSError) {
        var request = request
        if request.clientRequestToken == nil {
            request.clientRequestToken = UUID().uuidString
        }
        _ = try await transport.send("TransactWriteItems", body: encodeForTransaction(request))
    }

    private func encodeForTransaction(_ request: TransactWriteItemsRequest) throws(AWSError) -> Data {
        do {
            return try JSONEncoder().encode(request)
        } catch {
            throw AWSError(
                kind: .invalidRequest, code: .invalidRequest, message: "the transaction cannot be encoded: \(error)",
                service: AWSService.dynamoDB.signingName)
        }
    }
}

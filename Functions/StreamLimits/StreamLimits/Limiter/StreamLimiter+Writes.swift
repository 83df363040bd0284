import AWSClient
import LambdaEvents

extension StreamLimiter {
    /// Sends a conditional update; a failed condition is an outcome, not an error.
    func write(_ request: UpdateItemRequest) async throws(AWSError) -> ConditionalWrite {
        do {
            return .written(try await dynamo.updateItem(request).attributes)
        } catch {
            guard error.code == .conditionalCheckFailed else { throw error }
            return .conditionFailed(error.item)
        }
    }

    /// Sends a conditional put; a failed condition is an outcome, not an error.
    func write(_ request: PutItemRequest) async throws(AWSError) -> ConditionalWrite {
        do {
            _ = try await dynamo.putItem(request)
            return .written(nil)
        } catch {
            guard error.code == .conditionalCheckFailed else { throw error }
            return .conditionFailed(error.item)
        }
    }
}

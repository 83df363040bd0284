#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A function that takes the invocation payload as bytes and returns the response as bytes.
///
/// For payloads that are not JSON, or when the function wants to parse and write the bytes itself.
public protocol ByteLambdaHandler {
    /// Handles one invocation. The returned bytes are the response, sent as they are.
    func handle(_ event: Data, context: LambdaContext) async throws -> Data
}

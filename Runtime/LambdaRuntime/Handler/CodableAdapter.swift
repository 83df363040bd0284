#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs a typed ``LambdaHandler`` as a ``ByteLambdaHandler``: JSON in, JSON out.
struct CodableAdapter<Handler: LambdaHandler>: ByteLambdaHandler {
    let handler: Handler
    // One coder each for the life of the process: building them per invocation costs more than the
    // typical small event takes to decode.
    let decoder = JSONDecoder()
    let encoder = JSONEncoder()

    func handle(_ event: Data, context: LambdaContext) async throws -> Data {
        let decoded: Handler.Event
        do {
            decoded = try decoder.decode(Handler.Event.self, from: event)
        } catch let error as DecodingError {
            throw EventDecodingError(eventType: Handler.Event.self, error: error)
        }
        let output = try await handler.handle(decoded, context: context)
        do {
            return try encoder.encode(output)
        } catch {
            throw ResponseEncodingError(outputType: Handler.Output.self, error: error)
        }
    }
}

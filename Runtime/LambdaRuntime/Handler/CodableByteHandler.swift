#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs a typed ``LambdaHandler`` as a ``ByteLambdaHandler``: JSON in, JSON out.
public struct CodableByteHandler<Handler: LambdaHandler>: ByteLambdaHandler {
    /// The typed handler.
    public let handler: Handler
    // One coder each for the life of the process: building them per invocation costs more than the
    // typical small event takes to decode.
    let decoder = JSONDecoder()
    let encoder = JSONEncoder()

    /// Wraps a typed handler.
    public init(handler: Handler) {
        self.handler = handler
    }

    /// Decodes the event, runs the typed handler, encodes its result.
    public func handle(_ event: Data, context: LambdaContext) async throws -> Data {
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

// The coders are shared by concurrent invocations; Foundation's coders are safe to share, as their
// `Sendable` conformance says.
extension CodableByteHandler: Sendable where Handler: Sendable {}

extension LambdaHandler {
    /// This handler as a bytes handler, for ``LambdaRuntime/run(handler:)``.
    public func asByteHandler() -> CodableByteHandler<Self> {
        CodableByteHandler(handler: self)
    }
}

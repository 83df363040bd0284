#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The entry points for functions that can serve several invocations at once, as Lambda Managed
/// Instances ask (`AWS_LAMBDA_MAX_CONCURRENCY` above 1). The handler is shared by every invocation
/// in flight, so it must be `Sendable`: a handler with unprotected mutable state does not compile
/// here. Elsewhere (the variable absent or 1) they serve one invocation at a time, as `run` does.
///
/// ```swift
/// await Lambda.runConcurrently { (event: Greeting, context: LambdaContext) in
///     Reply(message: "Hello, \(event.name)!")
/// }
/// ```
extension Lambda {
    /// Runs a typed `Sendable` handler built by an async init phase, which runs once.
    public static func runConcurrently<Handler: LambdaHandler & Sendable>(
        initialize: @escaping @Sendable (InitializationContext) async throws -> Handler
    ) async -> Never {
        do {
            try await LambdaRuntime().runConcurrently(initialize: { context in
                CodableByteHandler(handler: try await initialize(context))
            })
        } catch {
            exitAfterFailure(error)
        }
    }

    /// Runs a typed `Sendable` handler.
    public static func runConcurrently<Handler: LambdaHandler & Sendable>(_ handler: Handler) async -> Never {
        do {
            try await LambdaRuntime().runConcurrently(handler: CodableByteHandler(handler: handler))
        } catch {
            exitAfterFailure(error)
        }
    }

    /// Runs a closure that takes a decoded event and returns an encodable result.
    public static func runConcurrently<Event: Decodable, Output: Encodable>(
        _ body: @escaping @Sendable (Event, LambdaContext) async throws -> Output
    ) async -> Never {
        await runConcurrently(ClosureHandler(body))
    }

    /// Runs a closure that takes a decoded event and returns nothing (the response is JSON `null`).
    public static func runConcurrently<Event: Decodable>(
        _ body: @escaping @Sendable (Event, LambdaContext) async throws -> Void
    ) async -> Never {
        await runConcurrently(VoidClosureHandler(body))
    }

    /// Runs a `Sendable` bytes handler built by an async init phase, which runs once.
    public static func runBytesConcurrently<Handler: ByteLambdaHandler & Sendable>(
        initialize: @escaping @Sendable (InitializationContext) async throws -> Handler
    ) async -> Never {
        do {
            try await LambdaRuntime().runConcurrently(initialize: initialize)
        } catch {
            exitAfterFailure(error)
        }
    }

    /// Runs a closure over the raw payload and response bytes.
    public static func runBytesConcurrently(
        _ body: @escaping @Sendable (Data, LambdaContext) async throws -> Data
    ) async -> Never {
        do {
            try await LambdaRuntime().runConcurrently(handler: ClosureByteHandler(body))
        } catch {
            exitAfterFailure(error)
        }
    }
}

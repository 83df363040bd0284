#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The entry points a function's `main` calls. Each runs the loop until it cannot go on, then writes
/// the reason to standard error and ends the process with exit status 1, so that Lambda (or
/// lambda-local) sees the failure and starts a fresh process.
///
/// ```swift
/// @main struct Greeter {
///     static func main() async {
///         await Lambda.run { (event: Greeting, context) in
///             Reply(message: "Hello, \(event.name)!")
///         }
///     }
/// }
/// ```
public enum Lambda {
    /// Runs a typed handler built by an async init phase.
    public static func run<Handler: LambdaHandler>(
        initialize: @escaping @Sendable (InitializationContext) async throws -> Handler
    ) async -> Never {
        do {
            try await LambdaRuntime().run(initialize: { context in CodableByteHandler(handler: try await initialize(context)) })
        } catch {
            exitAfterFailure(error)
        }
    }

    /// Runs a typed handler.
    public static func run<Handler: LambdaHandler>(_ handler: sending Handler) async -> Never {
        let adapter = CodableByteHandler(handler: handler)
        do {
            try await LambdaRuntime().run(handler: adapter)
        } catch {
            exitAfterFailure(error)
        }
    }

    /// Runs a closure that takes a decoded event and returns an encodable result.
    public static func run<Event: Decodable, Output: Encodable>(
        _ body: @escaping @Sendable (Event, LambdaContext) async throws -> Output
    ) async -> Never {
        await run(ClosureHandler(body))
    }

    /// Runs a closure that takes a decoded event and returns nothing (the response is JSON `null`).
    public static func run<Event: Decodable>(
        _ body: @escaping @Sendable (Event, LambdaContext) async throws -> Void
    ) async -> Never {
        await run(VoidClosureHandler(body))
    }

    /// Runs a bytes handler built by an async init phase.
    public static func runBytes<Handler: ByteLambdaHandler>(
        initialize: @escaping @Sendable (InitializationContext) async throws -> Handler
    ) async -> Never {
        do {
            try await LambdaRuntime().run(initialize: initialize)
        } catch {
            exitAfterFailure(error)
        }
    }

    /// Runs a closure over the raw payload and response bytes.
    public static func runBytes(
        _ body: @escaping @Sendable (Data, LambdaContext) async throws -> Data
    ) async -> Never {
        do {
            try await LambdaRuntime().run(handler: ClosureByteHandler(body))
        } catch {
            exitAfterFailure(error)
        }
    }

    static func exitAfterFailure(_ error: any Error) -> Never {
        writeToStandardError("lambda runtime: \(error)\n")
        exit(1)
    }
}

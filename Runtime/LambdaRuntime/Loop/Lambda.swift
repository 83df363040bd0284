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
        initialize: (InitializationContext) async throws -> Handler
    ) async -> Never {
        await runOrExit { runtime in
            try await runtime.run(initialize: { context in CodableAdapter(handler: try await initialize(context)) })
        }
    }

    /// Runs a typed handler.
    public static func run<Handler: LambdaHandler>(_ handler: Handler) async -> Never {
        await runOrExit { runtime in try await runtime.run(handler: CodableAdapter(handler: handler)) }
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
        initialize: (InitializationContext) async throws -> Handler
    ) async -> Never {
        await runOrExit { runtime in try await runtime.run(initialize: initialize) }
    }

    /// Runs a closure over the raw payload and response bytes.
    public static func runBytes(
        _ body: @escaping @Sendable (Data, LambdaContext) async throws -> Data
    ) async -> Never {
        await runOrExit { runtime in try await runtime.run(handler: ClosureByteHandler(body)) }
    }

    private static func runOrExit(_ loop: (LambdaRuntime) async throws -> Never) async -> Never {
        do {
            try await loop(LambdaRuntime())
        } catch {
            writeToStandardError("lambda runtime: \(error)\n")
            exit(1)
        }
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A ``LambdaHandler`` made from a closure.
public struct ClosureHandler<Event: Decodable, Output: Encodable>: LambdaHandler, Sendable {
    private let body: @Sendable (Event, LambdaContext) async throws -> Output

    /// Wraps the closure.
    public init(_ body: @escaping @Sendable (Event, LambdaContext) async throws -> Output) {
        self.body = body
    }

    /// Calls the closure.
    public func handle(_ event: Event, context: LambdaContext) async throws -> Output {
        try await body(event, context)
    }
}

/// A ``LambdaHandler`` made from a closure that returns nothing; the response is JSON `null`.
public struct VoidClosureHandler<Event: Decodable>: LambdaHandler, Sendable {
    private let body: @Sendable (Event, LambdaContext) async throws -> Void

    /// Wraps the closure.
    public init(_ body: @escaping @Sendable (Event, LambdaContext) async throws -> Void) {
        self.body = body
    }

    /// Calls the closure.
    public func handle(_ event: Event, context: LambdaContext) async throws -> NoOutput {
        try await body(event, context)
        return NoOutput()
    }
}

/// A ``ByteLambdaHandler`` made from a closure.
public struct ClosureByteHandler: ByteLambdaHandler, Sendable {
    private let body: @Sendable (Data, LambdaContext) async throws -> Data

    /// Wraps the closure.
    public init(_ body: @escaping @Sendable (Data, LambdaContext) async throws -> Data) {
        self.body = body
    }

    /// Calls the closure.
    public func handle(_ event: Data, context: LambdaContext) async throws -> Data {
        try await body(event, context)
    }
}

/// The response of a function that returns nothing: JSON `null`, as Lambda answers for such functions.
public struct NoOutput: Encodable, Sendable {
    /// Creates the empty output.
    public init() {}

    /// Encodes as JSON `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}

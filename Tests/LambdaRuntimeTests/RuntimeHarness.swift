import Foundation
import LambdaRuntime
import LocalLambda
import NIOCore
import Testing

/// The real runtime loop, in this process, against a real Runtime API server of lambda-local.
struct RuntimeHarness {
    let server: RuntimeAPIServer
    let loop: Task<LambdaRuntimeError, Never>

    /// Starts a server and a loop with the handler made by `initialize`.
    static func start(
        environment extra: [String: String] = [:],
        initialize: @escaping @Sendable (InitializationContext) async throws -> ClosureByteHandler
    ) async throws -> RuntimeHarness {
        let server = try await RuntimeAPIServer.start()
        var environment = [
            "AWS_LAMBDA_RUNTIME_API": server.address,
            "AWS_LAMBDA_FUNCTION_NAME": "harness",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256",
            "AWS_LAMBDA_LOG_LEVEL": "ERROR",
        ]
        environment.merge(extra) { $1 }
        let runtime = LambdaRuntime(environment: environment)
        let loop = Task { () async -> LambdaRuntimeError in
            do throws(LambdaRuntimeError) {
                try await runtime.run(initialize: initialize)
            } catch {
                return error
            }
        }
        return RuntimeHarness(server: server, loop: loop)
    }

    /// Starts a loop around a bytes closure.
    static func start(
        environment: [String: String] = [:],
        _ body: @escaping @Sendable (Data, LambdaContext) async throws -> Data
    ) async throws -> RuntimeHarness {
        try await start(environment: environment) { _ in ClosureByteHandler(body) }
    }

    /// Invokes with the given payload and optional headers.
    func invoke(
        _ payload: String,
        requestID: String = UUID().uuidString.lowercased(),
        traceID: String? = nil,
        clientContext: String? = nil,
        cognitoIdentity: String? = nil,
        tenantID: String? = nil
    ) async -> InvocationOutcome {
        await invoke(bytes: ByteBuffer(string: payload), requestID: requestID, traceID: traceID,
                     clientContext: clientContext, cognitoIdentity: cognitoIdentity, tenantID: tenantID)
    }

    func invoke(
        bytes: ByteBuffer,
        requestID: String = UUID().uuidString.lowercased(),
        traceID: String? = nil,
        clientContext: String? = nil,
        cognitoIdentity: String? = nil,
        tenantID: String? = nil
    ) async -> InvocationOutcome {
        let deadline = Int64(Date().timeIntervalSince1970 * 1_000) + 30_000
        return await server.invoke(InvocationRequest(
            requestID: requestID,
            payload: bytes,
            deadlineMilliseconds: deadline,
            invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:harness",
            traceID: traceID,
            clientContext: clientContext,
            cognitoIdentity: cognitoIdentity,
            tenantID: tenantID))
    }

    /// Ends the loop the way Lambda does when an environment goes away: `/next` answers 500.
    /// Returns the error the loop stopped with.
    func finish() async -> LambdaRuntimeError {
        server.terminate(reason: .shutDown)
        let error = await loop.value
        await server.shutdown()
        return error
    }
}

extension InvocationOutcome {
    /// The response body as text, or `nil` when the outcome is not a response.
    var responseText: String? {
        guard case .response(let body) = self else { return nil }
        return String(buffer: body)
    }

    /// The reported error, or `nil`.
    var functionError: FunctionError? {
        guard case .error(let error) = self else { return nil }
        return error
    }
}

extension FunctionError {
    /// The body decoded as the standard error object.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]) ?? [:]
    }
}

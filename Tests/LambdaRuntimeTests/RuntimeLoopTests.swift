import Foundation
import LambdaRuntime
import LocalLambda
import NIOCore
import Testing

/// The loop does what the Runtime API 2018-06-01 expects of a runtime.
///
/// Serialized: each loop sets `_X_AMZN_TRACE_ID` in this process's environment.
@Suite(.serialized)
struct RuntimeLoopTests {
    @Test func answersAnInvocationWithTheHandlersResponse() async throws {
        let harness = try await RuntimeHarness.start { event, _ in
            Data("{\"got\":".utf8) + event + Data("}".utf8)
        }
        let outcome = await harness.invoke(#"{"a":1}"#)
        #expect(outcome.responseText == #"{"got":{"a":1}}"#)
        #expect(await harness.finish().code == .runtimeAPIFailed(status: 500))
    }

    @Test func reportsAThrownErrorAndKeepsServing() async throws {
        struct Refused: Error, CustomStringConvertible {
            var description: String { "refused \"politely\"" }
        }
        let harness = try await RuntimeHarness.start { event, _ in
            if event == Data("\"fail\"".utf8) { throw Refused() }
            return event
        }
        let failed = await harness.invoke("\"fail\"")
        let error = try #require(failed.functionError)
        #expect(error.errorType == "Refused")
        #expect(error.object["errorType"] as? String == "Refused")
        #expect(error.object["errorMessage"] as? String == "refused \"politely\"")
        #expect(error.object["stackTrace"] as? [String] == [])
        #expect(await harness.invoke("\"ok\"").responseText == "\"ok\"")
        _ = await harness.finish()
    }

    @Test func anErrorCanNameItsOwnType() async throws {
        struct Throttled: Error, LambdaErrorReportable {
            var errorType: String { "Custom.Throttled" }
        }
        let harness = try await RuntimeHarness.start { _, _ in throw Throttled() }
        #expect(await harness.invoke("{}").functionError?.errorType == "Custom.Throttled")
        _ = await harness.finish()
    }

    @Test func anInitFailureIsReportedAndEndsTheLoop() async throws {
        struct NoConfiguration: Error, CustomStringConvertible {
            var description: String { "TABLE_NAME is not set" }
        }
        let harness = try await RuntimeHarness.start { (_: InitializationContext) async throws -> ClosureByteHandler in
            throw NoConfiguration()
        }
        let outcome = await harness.server.waitForInit()
        guard case .failed(let error) = outcome else {
            Issue.record("expected an init failure, got \(outcome)")
            return
        }
        #expect(error.errorType == "NoConfiguration")
        #expect(error.object["errorMessage"] as? String == "TABLE_NAME is not set")
        let stopped = await harness.loop.value
        #expect(stopped.code == .initializationFailed)
        await harness.server.shutdown()
    }

    @Test func theInitPhaseRunsOnceBeforeTheFirstEvent() async throws {
        let harness = try await RuntimeHarness.start { (context: InitializationContext) async throws -> ClosureByteHandler in
            let prefix = context.function.name + ":"
            return ClosureByteHandler { event, _ in Data(prefix.utf8) + event }
        }
        #expect(await harness.server.waitForInit() == .ready)
        #expect(await harness.invoke("1").responseText == "harness:1")
        #expect(await harness.invoke("2").responseText == "harness:2")
        _ = await harness.finish()
    }

    @Test func optionalHeadersMayBeMissing() async throws {
        let harness = try await RuntimeHarness.start { _, context in
            let fields = [
                context.traceID ?? "-", context.tenantID ?? "-",
                context.clientContext == nil ? "-" : "client", context.cognitoIdentity == nil ? "-" : "cognito",
            ]
            return Data(fields.joined(separator: ",").utf8)
        }
        #expect(await harness.invoke("{}").responseText == "-,-,-,-")
        _ = await harness.finish()
    }

    @Test func optionalHeadersAreDecodedWhenPresent() async throws {
        let harness = try await RuntimeHarness.start { _, context in
            let fields = [
                context.traceID ?? "-",
                context.tenantID ?? "-",
                context.clientContext?.client?.appTitle ?? "-",
                context.clientContext?.custom?["plan"] ?? "-",
                context.cognitoIdentity?.identityPoolID ?? "-",
                context.invokedFunctionARN,
                context.function.name,
                String(context.function.memorySize),
            ]
            return Data(fields.joined(separator: ",").utf8)
        }
        let outcome = await harness.invoke(
            "{}",
            traceID: "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1",
            clientContext: #"{"client":{"app_title":"Shop"},"custom":{"plan":"pro"},"env":{}}"#,
            cognitoIdentity: #"{"cognitoIdentityId":"id-1","cognitoIdentityPoolId":"pool-1"}"#,
            tenantID: "tenant-7")
        #expect(outcome.responseText == "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1,tenant-7,Shop,pro,pool-1,"
            + "arn:aws:lambda:us-east-1:123456789012:function:harness,harness,256")
        _ = await harness.finish()
    }

    @Test func aMalformedOptionalHeaderDoesNotFailTheInvocation() async throws {
        let harness = try await RuntimeHarness.start { _, context in
            Data((context.clientContext == nil ? "none" : "some").utf8)
        }
        #expect(await harness.invoke("{}", clientContext: "{not json").responseText == "none")
        _ = await harness.finish()
    }

    @Test func theTraceIDVariableDescribesTheCurrentInvocationOnly() async throws {
        let harness = try await RuntimeHarness.start { _, _ in
            Data((ProcessInfo.processInfo.environment["_X_AMZN_TRACE_ID"] ?? "unset").utf8)
        }
        #expect(await harness.invoke("{}", traceID: "Root=1-aaa").responseText == "Root=1-aaa")
        #expect(await harness.invoke("{}", traceID: "Root=1-bbb").responseText == "Root=1-bbb")
        #expect(await harness.invoke("{}").responseText == "unset")
        _ = await harness.finish()
    }

    @Test func carriesAFiveMegabyteEventAndAFiveMegabyteResponse() async throws {
        // A JSON string of 5 MB whose ends are marked, so that a truncated or shifted copy fails.
        let payload = ByteBuffer(string: "\"<" + String(repeating: "0123456789", count: 524_288) + ">\"")
        let harness = try await RuntimeHarness.start { event, _ in
            guard event.count == payload.readableBytes else { throw CancellationError() }
            return event
        }
        let outcome = await harness.invoke(bytes: payload)
        guard case .response(let body) = outcome else {
            Issue.record("expected a response, got \(outcome)")
            return
        }
        #expect(body.readableBytes > 5 * 1_024 * 1_024)
        #expect(body == payload)
        _ = await harness.finish()
    }

    @Test func aResponseOverSixMegabytesBecomesAnError() async throws {
        let harness = try await RuntimeHarness.start { _, _ in
            Data(repeating: UInt8(ascii: "x"), count: RuntimeAPIServer.maxResponseSize + 1)
        }
        let errorOutcome = await harness.invoke("{}")
        let error = try #require(errorOutcome.functionError)
        #expect(error.errorType == "Function.ResponseSizeTooLarge")
        _ = await harness.finish()
    }

    @Test func aThousandInvocationsShareOneConnection() async throws {
        let harness = try await RuntimeHarness.start { event, _ in event }
        for index in 0..<1_000 {
            let outcome = await harness.invoke("\(index)")
            guard outcome.responseText == "\(index)" else {
                Issue.record("invocation \(index) answered \(outcome)")
                break
            }
        }
        #expect(harness.server.connectionsAccepted == 1)
        _ = await harness.finish()
    }

    @Test func aServerErrorFromTheRuntimeAPIEndsTheLoop() async throws {
        let harness = try await RuntimeHarness.start { event, _ in event }
        #expect(await harness.invoke("1").responseText == "1")
        let error = await harness.finish()
        #expect(error.code == .runtimeAPIFailed(status: 500))
        #expect(error.message.contains("500"))
    }

    @Test func anUndecodableEventIsAnUnmarshalError() async throws {
        struct Order: Decodable { var id: Int }
        struct Total: Encodable { var id: Int }
        let server = try await RuntimeAPIServer.start()
        let runtime = LambdaRuntime(environment: ["AWS_LAMBDA_RUNTIME_API": server.address, "AWS_LAMBDA_LOG_LEVEL": "FATAL"])
        let loop = Task { () async -> LambdaRuntimeError in
            do throws(LambdaRuntimeError) {
                try await runtime.run(handler: ClosureHandler { (order: Order, _) in Total(id: order.id) }.asByteHandler())
            } catch {
                return error
            }
        }
        let harness = RuntimeHarness(server: server, loop: loop)
        #expect(await harness.invoke(#"{"id":7}"#).responseText == #"{"id":7}"#)
        let missingOutcome = await harness.invoke(#"{"name":"x"}"#)
        let missing = try #require(missingOutcome.functionError)
        #expect(missing.errorType == "Runtime.UnmarshalError")
        #expect((missing.object["errorMessage"] as? String)?.contains("'id'") == true)
        let wrongTypeOutcome = await harness.invoke(#"{"id":"seven"}"#)
        let wrongType = try #require(wrongTypeOutcome.functionError)
        #expect(wrongType.errorType == "Runtime.UnmarshalError")
        #expect((wrongType.object["errorMessage"] as? String)?.contains("expected Int at 'id'") == true)
        _ = await harness.finish()
    }
}

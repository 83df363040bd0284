import LocalHTTP
import NIOCore
import NIOHTTP1
import Synchronization

/// The server side of the Lambda Runtime API (2018-06-01) for one function instance.
///
/// Each instance gets its own server on an ephemeral loopback port, so a runtime can only ever see
/// its own events, exactly as in a Lambda sandbox. The server hands events out through `/next`, each
/// with a fresh `Lambda-Runtime-Invocation-Id`, and collects results; it answers a misbehaving runtime
/// as Lambda does: 400 for a request id that is not in flight or an echoed invocation id that is not
/// the invocation's (an answer without the header is taken: older runtimes do not echo it), 410 for
/// an answer that comes after its invocation timed out, 403 for a second answer, 413 for a result over
/// 6 MB (the invocation then fails at once with `Function.ResponseSizeTooLarge`), and a 500 on
/// `/next` once the instance is being shut down.
public final class RuntimeAPIServer: Sendable {
    /// Lambda's limit on a synchronous response: 6 MB, as the service counts it.
    public static let maxResponseSize = 6_291_556

    private let http: HTTPServer
    private let state: RuntimeAPIStateBox

    /// `host:port`, the value of `AWS_LAMBDA_RUNTIME_API` for the instance.
    public var address: String { http.address }
    /// How many TCP connections runtimes have opened to this server.
    public var connectionsAccepted: Int { http.connectionsAccepted }
    /// How many `/next` requests wait for an event now: one for a runtime that serves one invocation
    /// at a time, up to `AWS_LAMBDA_MAX_CONCURRENCY` for one that serves several.
    public var waitingForEvents: Int { state.waitingForEvents }
    /// How many answers were accepted with the `Lambda-Runtime-Invocation-Id` of their event echoed
    /// (an answer without the header is accepted too, from runtimes older than it).
    public var echoedAnswers: Int { state.echoedAnswers }

    private init(http: HTTPServer, state: RuntimeAPIStateBox) {
        self.http = http
        self.state = state
    }

    /// How long the runtime may leave its connection quiet, between an event and its answer or in the
    /// middle of an answer: as long as its function may run (Lambda's longest timeout is 15 minutes),
    /// or stand in a debugger. A minute more, so that the invocation's own deadline comes first. The
    /// listener serves one local process, never the network, so a slow client here is no attack.
    static let runtimeQuietTime = Duration.seconds(16 * 60)

    /// Starts a server on a free loopback port. `log` gets a line for each answer refused for an
    /// invocation that timed out or for another attempt (a wrong `Lambda-Runtime-Invocation-Id`).
    public static func start(
        host: String = "127.0.0.1", log: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> RuntimeAPIServer {
        let state = RuntimeAPIStateBox()
        let http = try await HTTPServer.start(
            configuration: HTTPServerConfiguration(
                host: host, port: 0, maxBodySize: maxResponseSize,
                timeouts: HTTPServerTimeouts(bodyProgress: runtimeQuietTime, idle: runtimeQuietTime)),
            responder: RuntimeAPIResponder(state: state, log: log))
        return RuntimeAPIServer(http: http, state: state)
    }

    /// Waits until the runtime asks for its first event, reports an init error, or the instance ends.
    public func waitForInit() async -> InitOutcome {
        await state.waitForInit()
    }

    /// Hands an event to the runtime and waits for its answer, or for ``abandon(requestID:reason:)``
    /// or ``terminate(reason:)``.
    public func invoke(_ request: InvocationRequest) async -> InvocationOutcome {
        await withCheckedContinuation { continuation in
            state.invoke(request) { continuation.resume(returning: $0) }
        }
    }

    /// Hands an event to the runtime; `completion` gets its answer (or why there is none) on the
    /// thread that learns it: the event loop that read the runtime's post, or the caller of
    /// ``abandon(requestID:reason:)`` or ``terminate(reason:)``.
    public func invoke(_ request: InvocationRequest, completion: @escaping @Sendable (InvocationOutcome) -> Void) {
        state.invoke(request, completion: completion)
    }

    /// Ends one invocation without an answer (for example, at its deadline). A late answer gets 410
    /// when the reason is the deadline, 403 otherwise.
    public func abandon(requestID: String, reason: AbandonReason) {
        state.abandon(requestID: requestID, reason: reason)
    }

    /// Ends everything in flight with the reason and answers every `/next`, now and later, with 500,
    /// which tells a well-behaved runtime to exit.
    public func terminate(reason: AbandonReason) {
        state.terminate(reason: reason)
    }

    /// Stops listening.
    public func shutdown() async {
        terminate(reason: .shutDown)
        await http.shutdown()
    }
}

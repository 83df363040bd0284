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
import CurlHTTP

/// The runtime's side of the Runtime API: one kept-alive connection, four calls.
///
/// Calls block the calling thread. Each loop has a client of its own on a thread of its own (one
/// loop, or one per concurrent invocation on Managed Instances), so a client is never shared and
/// nothing else in the process waits on a loop while it waits for the next event.
final class RuntimeAPIClient {
    private let connection: CurlConnection
    private let base: String
    /// How often a `/next` that could not reach the server is tried before the process gives up.
    let nextAttempts: Int

    /// The outcome of posting a result.
    enum PostOutcome: Equatable {
        case accepted
        /// 413: the result is over Lambda's 6 MB limit; the invocation is still open for an error.
        case tooLarge
        /// 410 (`Runtime.InvokeTimeout`): the invocation timed out before this answer came, and the
        /// server refused it as stale. Nothing to redo: the caller already has the timeout.
        case invocationTimedOut(body: String)
        /// 400, 403 or another 4xx: the server did not take it (unknown id, or already answered).
        /// Nothing to redo.
        case rejected(status: Int, body: String)
    }

    init(address: String, nextAttempts: Int = 5) throws(LambdaRuntimeError) {
        do {
            // The Runtime API is a local peer: a connect that takes longer than this is not coming.
            connection = try CurlConnection(options: CurlConnectionOptions(connectTimeout: .seconds(1)))
        } catch {
            throw LambdaRuntimeError(.runtimeAPIUnreachable, "cannot set up libcurl: \(error)")
        }
        base = "http://\(address)/2018-06-01/runtime"
        self.nextAttempts = nextAttempts
    }

    /// Waits for the next event, for as long as it takes. Connection failures are retried with a
    /// short backoff, because the server may be restarting; an HTTP error status is not.
    ///
    /// - Parameter shouldStop: polled while waiting (about once a second); `true` gives up the wait
    ///   with ``LambdaRuntimeError/Code/cancelled``, as the task's cancellation does.
    func next(shouldStop: (@Sendable () -> Bool)? = nil) throws(LambdaRuntimeError) -> CurlResponse {
        let request = CurlRequest(url: base + "/invocation/next")
        let shouldAbort: @Sendable () -> Bool =
            if let shouldStop { { Task.isCancelled || shouldStop() } } else { { Task.isCancelled } }
        var attempt = 0
        while true {
            attempt += 1
            let response: CurlResponse
            do {
                response = try connection.perform(request, shouldAbort: shouldAbort)
            } catch {
                if error.code == .aborted {
                    throw LambdaRuntimeError(.cancelled, "the runtime loop was cancelled")
                }
                guard attempt < nextAttempts else {
                    throw LambdaRuntimeError(
                        .runtimeAPIUnreachable,
                        "cannot reach the Runtime API at \(base) after \(attempt) attempts: \(error)")
                }
                usleep(UInt32(min(10_000 << attempt, 500_000)))
                continue
            }
            guard response.status == 200 else {
                throw LambdaRuntimeError(
                    .runtimeAPIFailed(status: response.status),
                    "the Runtime API answered /next with HTTP \(response.status): \(String(decoding: response.body, as: UTF8.self))"
                )
            }
            return response
        }
    }

    /// Posts the invocation's result, with its invocation id when the server gave one.
    func respond(requestID: String, invocationID: EchoedInvocationID, body: Data) throws(LambdaRuntimeError) -> PostOutcome {
        var headers = [("Content-Type", "application/json")]
        if let field = invocationID.headerField { headers.append(field) }
        return try post(path: "/invocation/\(requestID)/response", headers: headers, body: body)
    }

    /// Posts the invocation's failure, with its invocation id when the server gave one.
    func reportError(
        requestID: String, invocationID: EchoedInvocationID, _ report: ErrorReport
    ) throws(LambdaRuntimeError) -> PostOutcome {
        var headers = errorHeaders(report)
        if let field = invocationID.headerField { headers.append(field) }
        return try post(path: "/invocation/\(requestID)/error", headers: headers, body: report.json)
    }

    /// Posts the init phase's failure.
    func reportInitError(_ report: ErrorReport) throws(LambdaRuntimeError) -> PostOutcome {
        try post(path: "/init/error", headers: errorHeaders(report), body: report.json)
    }

    private func errorHeaders(_ report: ErrorReport) -> [(String, String)] {
        [
            (RuntimeAPIHeader.functionErrorType, report.errorType),
            ("Content-Type", "application/vnd.aws.lambda.error+json"),
        ]
    }

    /// A post is tried twice: a kept-alive connection the server closed while the handler ran fails
    /// once, and the second attempt opens a new one.
    private func post(path: String, headers: [(String, String)], body: Data) throws(LambdaRuntimeError) -> PostOutcome {
        let request = CurlRequest(method: "POST", url: base + path, headers: headers, body: body)
        var lastError: CurlError?
        for _ in 0..<2 {
            let response: CurlResponse
            do {
                response = try connection.perform(request)
            } catch {
                lastError = error
                continue
            }
            switch response.status {
            case 200..<300: return .accepted
            case 413: return .tooLarge
            case 410: return .invocationTimedOut(body: String(decoding: response.body, as: UTF8.self))
            case 400..<500:
                return .rejected(status: response.status, body: String(decoding: response.body, as: UTF8.self))
            default:
                throw LambdaRuntimeError(
                    .runtimeAPIFailed(status: response.status),
                    "the Runtime API answered \(path) with HTTP \(response.status): \(String(decoding: response.body, as: UTF8.self))"
                )
            }
        }
        throw LambdaRuntimeError(
            .runtimeAPIUnreachable,
            "cannot reach the Runtime API at \(base) to post \(path): \(lastError.map { "\($0)" } ?? "unknown error")")
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension LambdaRuntime {
    /// Runs the init phase once, then as many loops at once as `AWS_LAMBDA_MAX_CONCURRENCY` says:
    /// on Lambda Managed Instances one execution environment serves several invocations together.
    ///
    /// Each loop has its own connection to the Runtime API and its own thread; they share the one
    /// handler, which is why it must be `Sendable`. An invocation that throws fails alone; when a
    /// loop cannot go on (the Runtime API answers `/next` with 500, or cannot be reached), the others
    /// finish the invocations they hold, take no more, and this method throws the first failure.
    ///
    /// With the variable absent or 1 this is ``run(initialize:)``, to the instruction. With more,
    /// `_X_AMZN_TRACE_ID` is not set, since one process-wide variable cannot describe several
    /// invocations at once: read ``LambdaContext/traceID`` instead. Logs default to JSON then.
    ///
    /// - Throws: ``LambdaRuntimeError`` when the loops cannot go on, including
    ///   ``LambdaRuntimeError/Code/initializationFailed`` after an init error (a failed `initialize`,
    ///   or an `AWS_LAMBDA_MAX_CONCURRENCY` that is not a number from 1 to 1600) was reported.
    public func runConcurrently<Handler: ByteLambdaHandler & Sendable>(
        initialize: (InitializationContext) async throws -> Handler
    ) async throws(LambdaRuntimeError) -> Never {
        let firstExecutor = RuntimeLoopExecutor()
        let failure = await withTaskExecutorPreference(firstExecutor) { () async -> LambdaRuntimeError in
            let started: Started<Handler>
            do throws(LambdaRuntimeError) {
                started = try await start(initialize: initialize)
                if started.concurrency.invocations == 1 {
                    try await soleLoop(client: started.client, handler: started.handler).run()
                }
            } catch {
                return error
            }
            return await serveConcurrently(
                handler: started.handler, loops: started.concurrency.invocations,
                address: started.address, firstExecutor: firstExecutor)
        }
        throw failure
    }

    /// Runs the loop with a `Sendable` handler that needs no init phase, as many at once as
    /// `AWS_LAMBDA_MAX_CONCURRENCY` says.
    public func runConcurrently<Handler: ByteLambdaHandler & Sendable>(handler: Handler) async throws(LambdaRuntimeError) -> Never {
        try await runConcurrently(initialize: { _ in handler })
    }

    /// Runs the loops, each on a thread of its own, until all have stopped; returns the first
    /// failure, the one that stopped the others.
    private func serveConcurrently<Handler: ByteLambdaHandler & Sendable>(
        handler: Handler, loops: Int, address: String, firstExecutor: RuntimeLoopExecutor
    ) async -> LambdaRuntimeError {
        let stop = StopSignal()
        // Unset once, before the loops start, so that no value left in the environment passes for
        // the trace of whichever invocation reads it.
        unsetenv("_X_AMZN_TRACE_ID")
        return await withTaskGroup(of: LambdaRuntimeError.self) { group in
            for index in 0..<loops {
                // The init phase's thread serves the first loop rather than idling for good.
                let executor = index == 0 ? firstExecutor : RuntimeLoopExecutor()
                group.addTask(executorPreference: executor) {
                    do throws(LambdaRuntimeError) {
                        // A connection per loop: a libcurl handle serves one request at a time, and
                        // each loop holds its `/next` open while the others answer theirs.
                        let client = try RuntimeAPIClient(address: address)
                        try await InvocationLoop(
                            client: client, handler: handler, function: function, logging: logging,
                            setsTraceVariable: false, stop: stop
                        ).run()
                    } catch {
                        stop.set()
                        return error
                    }
                }
            }
            var first: LambdaRuntimeError?
            for await failure in group where first == nil {
                first = failure
            }
            return first ?? LambdaRuntimeError(.cancelled, "the invocation loops stopped")
        }
    }
}

import NIOCore
import NIOHTTP1

/// The timeouts run only while the connection waits for its client: for a head, for a body that
/// stopped moving, or for a next request. One timer at a time, moved only when a wait must end
/// sooner than it fires: a timer that fires early looks at the wait of the moment and is set again,
/// so requests following each other cost no timer each.
extension HTTPRequestHandler {
    /// Whether the connection is waiting for its client rather than for an answer to be made or
    /// written.
    var isClientsTurn: Bool {
        pending == nil && waiting.isEmpty && answersBeingWritten == 0 && !closing
    }

    func waitForClient(_ wait: ClientWait, context: ChannelHandlerContext) {
        clientWait = wait
        // An answer whose write failed as the connection closed must not leave a timer behind.
        guard let deadline = deadline(of: wait), context.channel.isActive else { return }
        if let timer = clientWaitTimer {
            guard deadline < timer.deadline else { return }
            timer.task.cancel()
        }
        scheduleClientWaitTimer(at: deadline, context: context)
    }

    /// Called after every read. Bytes that made no request whole began a new head, whose time
    /// starts; bytes that came while a body was awaited moved it on. Done per read rather than per
    /// request part: a request read whole in one read costs no clock and no timer.
    func readCompleted(context: ChannelHandlerContext) {
        defer { requestEndedInRead = false }
        guard isClientsTurn else { return }
        if head != nil {
            lastBodyProgress = .now()
            if case .body = clientWait { return }
            waitForClient(.body, context: context)
        } else if case .idle = clientWait, !requestEndedInRead {
            waitForClient(.head(since: .now()), context: context)
        }
    }

    /// An answer left for the client: unless another is being made, the client's turn comes again.
    func answerWritten(context: ChannelHandlerContext) {
        guard isClientsTurn else { return }
        if head != nil {
            // A body that came on while the server answered has not been waited for.
            lastBodyProgress = .now()
            waitForClient(.body, context: context)
        } else {
            waitForClient(.idle(since: .now()), context: context)
        }
    }

    private func deadline(of wait: ClientWait) -> NIODeadline? {
        switch wait {
        case .nothing: nil
        case .idle(let since): since + timeouts.idle
        case .head(let since): since + timeouts.requestHead
        case .body: lastBodyProgress + timeouts.bodyProgress
        }
    }

    private func scheduleClientWaitTimer(at deadline: NIODeadline, context: ChannelHandlerContext) {
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let task = context.eventLoop.scheduleTask(deadline: deadline) {
            let (handler, context) = loopBound.value
            handler.clientWaitTimer = nil
            handler.clientWaitTimerFired(context: context)
        }
        clientWaitTimer = (task, deadline)
    }

    private func clientWaitTimerFired(context: ChannelHandlerContext) {
        guard let deadline = deadline(of: clientWait) else { return }
        guard deadline <= .now() else {
            scheduleClientWaitTimer(at: deadline, context: context)
            return
        }
        let configured = timeouts.configured
        switch clientWait {
        case .nothing:
            break
        case .idle:
            clientWait = .nothing
            closing = true
            context.close(promise: nil)
        case .head:
            answerAndClose(
                HTTPResponse(
                    status: .requestTimeout, contentType: "text/plain",
                    body: "The request head did not arrive whole within \(configured.requestHead).\n"),
                context: context)
        case .body:
            answerAndClose(
                HTTPResponse(
                    status: .requestTimeout, contentType: "text/plain",
                    body: "The request body sent nothing for \(configured.bodyProgress).\n"),
                context: context)
        }
    }
}

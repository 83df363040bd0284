import LambdaLocal
import NIOCore
import NIOPosix

/// The `lambda-local` executable: everything lives in the `LambdaLocal` library, where tests reach it.
@main
struct LambdaLocalMain {
    static func main() async {
        ParentWatch.startIfAsked()
        // Swift's tasks run on NIO's event loop threads rather than a pool of their own: a request
        // passes between tasks and event loops several times on its way to a function and back, and
        // on shared threads those passes are calls instead of thread wake-ups.
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        await LambdaLocalCommand.main(nil)
    }
}

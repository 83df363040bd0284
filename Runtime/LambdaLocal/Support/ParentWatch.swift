#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Stops lambda-local, as Ctrl-C would, when the process that started it is gone.
///
/// A program that runs `lambda-local start` for a while (a test run, a script) may itself be
/// killed; lambda-local would then serve on, unseen, with its function processes. With
/// `LAMBDA_LOCAL_EXIT_WITH_PARENT=1` in its environment, it notices within a second that it has
/// been handed to another parent and stops itself in the orderly way. It is not the default: a
/// server started in the background on purpose (`nohup lambda-local start &`) must outlive its shell.
public enum ParentWatch {
    static let variable = "LAMBDA_LOCAL_EXIT_WITH_PARENT"

    /// Starts watching, when the environment asks for it. Call it first thing, before the parent
    /// has had time to go: a parent gone already (lambda-local handed to init) counts as gone.
    public static func startIfAsked(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard environment[variable] == "1" else { return }
        let parent = getppid()
        Thread.detachNewThread {
            while parent != 1, getppid() == parent {
                sleep(1)
            }
            // The same signal as `kill`: the orderly stop once it is installed, an exit before that.
            kill(getpid(), SIGTERM)
        }
    }
}

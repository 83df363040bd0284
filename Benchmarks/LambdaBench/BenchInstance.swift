import Foundation
import LocalLambda
import NIOCore

/// Starting the fixture function as lambda-local does, and invoking it, for the benchmarks.
enum BenchInstance {
    static func launch(_ executable: String, handler: String = "echo") -> LaunchConfiguration {
        LaunchConfiguration(
            executable: executable,
            environment: [
                "_HANDLER": handler,
                "AWS_LAMBDA_FUNCTION_NAME": "bench",
                "AWS_LAMBDA_LOG_LEVEL": "ERROR",
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            ],
            workingDirectory: FileManager.default.currentDirectoryPath)
    }

    static func request(_ payload: ByteBuffer) -> InvocationRequest {
        InvocationRequest(
            requestID: UUID().uuidString.lowercased(),
            payload: payload,
            deadlineMilliseconds: Int64(Date().timeIntervalSince1970 * 1_000) + 60_000,
            invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:bench")
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}

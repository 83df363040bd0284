import Foundation
import NIOCore
import NIOPosix

/// `lambda-bench`: the figures `make bench` prints, all measured in one run on this machine.
///
/// Usage: `lambda-bench <bin-dir> <template.yaml>`, with the products built in release mode.
@main
struct LambdaBench {
    static func main() async throws {
        // The same executor arrangement as lambda-local, so the Runtime API figures are its own.
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        let arguments = CommandLine.arguments
        guard arguments.count == 3 else {
            FileHandle.standardError.write(Data("usage: lambda-bench <release-bin-dir> <template.yaml>\n".utf8))
            exit(2)
        }
        let binDirectory = arguments[1]
        let fixture = "\(binDirectory)/LambdaFixture"
        print("Lambda runtime benchmarks (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
        print("")

        let warm = try await RuntimeOverhead.measure(executable: fixture, invocations: 10_000)
        print("Warm invocation through the Runtime API (echo of a 64-byte event, \(warm.count) invocations):")
        print("  p50 \(format(warm.p50)) µs   p99 \(format(warm.p99)) µs   mean \(format(warm.mean)) µs")
        print("")

        let cold = try await ColdStart.measure(executable: fixture, runs: 20)
        print("Cold start, exec to first response (median of \(cold.count)):")
        print("  median \(format(cold.p50 / 1_000, decimals: 2)) ms   p90 \(format(cold.p90 / 1_000, decimals: 2)) ms")
        print("")

        print("Through start-api to a trivial function (wrk, HTTP API route), beside the same HTTP server answering directly:")
        print("  conns   raw req/s   api req/s   ratio   api p50     api p99")
        for row in try await ServingThroughput.measure(binDirectory: binDirectory, connections: [1, 8, 64], seconds: 5) {
            let ratio = row.api.requestsPerSecond / row.raw.requestsPerSecond * 100
            print("  \(String(row.api.connections).padding(toLength: 6, withPad: " ", startingAt: 0))"
                + "  \(format(row.raw.requestsPerSecond, decimals: 0).padding(toLength: 10, withPad: " ", startingAt: 0))"
                + "  \(format(row.api.requestsPerSecond, decimals: 0).padding(toLength: 10, withPad: " ", startingAt: 0))"
                + "  \(format(ratio, decimals: 0))%  "
                + "  \(format(row.api.p50 / 1_000, decimals: 2)) ms   \(format(row.api.p99 / 1_000, decimals: 2)) ms")
        }
        print("")

        let dynamo = try await AWSClientThroughput.measure(operations: 2_000)
        print("Conditional UpdateItem against moto_server (\(dynamo.operations) sequential operations):")
        print("  AWSClient \(format(dynamo.swiftOperationsPerSecond)) ops/s   boto3 \(format(dynamo.boto3OperationsPerSecond)) ops/s   ratio \(format(dynamo.ratio, decimals: 2))x")
        print("")

        print("Function binaries, stripped:")
        for size in try BinarySize.measure(binDirectory: binDirectory, template: arguments[2]) {
            print("  \(size.name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(format(Double(size.bytes) / 1_048_576, decimals: 2)) MB")
        }
    }

    static func format(_ value: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f", value)
    }
}

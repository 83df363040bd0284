import Foundation
import NIOCore
import NIOPosix

/// `lambda-bench`: the figures `make bench` prints, all measured in one run on this machine.
///
/// Usage: `lambda-bench <bin-dir> <template.yaml> [section...]`, with the products built in release
/// mode. Sections: runtime, managed, serving, client, services, delay, stddev, sizes, packages; all
/// of them by default.
@main
struct LambdaBench {
    /// A failed measurement (a missing binary, a server that would not start) ends the run with
    /// its reason and status 1, not a crash report.
    static func main() async {
        do {
            try await measure()
        } catch {
            FileHandle.standardError.write(Data("lambda-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    /// Measures the sections the command line names, printing each as it completes.
    static func measure() async throws {
        // The same executor arrangement as lambda-local, so the Runtime API figures are its own.
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        let arguments = CommandLine.arguments
        let sections = ["runtime", "managed", "serving", "client", "services", "delay", "stddev", "sizes", "packages"]
        guard arguments.count >= 3, arguments.dropFirst(3).allSatisfy(sections.contains) else {
            FileHandle.standardError.write(Data("usage: lambda-bench <release-bin-dir> <template.yaml> [\(sections.joined(separator: "|"))...]\n".utf8))
            exit(2)
        }
        let chosen = Set(arguments.dropFirst(3))
        func wants(_ section: String) -> Bool { chosen.isEmpty || chosen.contains(section) }
        // Absolute: lambda-local runs in folders of its own and finds the functions here.
        let binDirectory = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
        let fixture = "\(binDirectory)/LambdaFixture"
        print("Lambda runtime benchmarks (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
        print("")

        if wants("runtime") {
            let warm = try await RuntimeOverhead.measure(executable: fixture, invocations: 10_000)
            print("Warm invocation through the Runtime API (echo of a 64-byte event, \(warm.count) invocations):")
            print("  p50 \(format(warm.p50)) µs   p99 \(format(warm.p99)) µs   mean \(format(warm.mean)) µs")
            print("")

            let cold = try await ColdStart.measure(executable: fixture, runs: 20)
            print("Cold start, exec to first response (median of \(cold.count)):")
            print("  median \(format(cold.p50 / 1_000, decimals: 2)) ms   p90 \(format(cold.p90 / 1_000, decimals: 2)) ms")
            print("")
        }

        if wants("managed") {
            let slots = 4
            print("Managed Instances: one instance of a function that waits \(ManagedInstancesThroughput.waitMilliseconds) ms on I/O an invocation, \(slots * 2) callers:")
            print("  AWS_LAMBDA_MAX_CONCURRENCY   invocations/s   function CPU an invocation")
            var rows: [ManagedInstancesThroughput.Result] = []
            for maxConcurrency in [1, slots] {
                let row = try await ManagedInstancesThroughput.measure(
                    executable: fixture, maxConcurrency: maxConcurrency, callers: slots * 2, invocations: maxConcurrency * 500)
                print("  \(String(row.maxConcurrency).padding(toLength: 27, withPad: " ", startingAt: 0))"
                    + "  \(format(row.invocationsPerSecond, decimals: 0).padding(toLength: 14, withPad: " ", startingAt: 0))"
                    + "  \(format(row.functionCPU, decimals: 0)) µs")
                rows.append(row)
            }
            if let one = rows.first, let several = rows.last {
                print("  \(several.maxConcurrency) slots serve \(format(several.invocationsPerSecond / one.invocationsPerSecond, decimals: 2))x the invocations of 1 (at most \(several.maxConcurrency)x)")
            }
            print("")
        }

        if wants("serving") {
            print("Through start-api to a trivial function (wrk, HTTP API route), beside the same HTTP server answering directly (raw) and relaying to the same function through the Runtime API (relay); medians of \(ServingThroughput.rounds) rounds:")
            print("  conns   raw req/s   relay req/s   api req/s   ratio   vs relay   api p50     api p99     CPU a request: lambda-local, function")
            let servingRows = try await ServingThroughput.measure(binDirectory: binDirectory, connections: [1, 8, 64], seconds: 3)
            for row in servingRows {
                let ratio = row.ratio * 100
                print("  \(String(row.api.connections).padding(toLength: 6, withPad: " ", startingAt: 0))"
                    + "  \(format(row.raw.requestsPerSecond, decimals: 0).padding(toLength: 10, withPad: " ", startingAt: 0))"
                    + "  \(format(row.relay.requestsPerSecond, decimals: 0).padding(toLength: 12, withPad: " ", startingAt: 0))"
                    + "  \(format(row.api.requestsPerSecond, decimals: 0).padding(toLength: 10, withPad: " ", startingAt: 0))"
                    + "  \(format(ratio, decimals: 0))%  "
                    + "   \(format(row.api.requestsPerSecond / row.relay.requestsPerSecond * 100, decimals: 0))%     "
                    + "  \(format(row.api.p50 / 1_000, decimals: 2)) ms   \(format(row.api.p99 / 1_000, decimals: 2)) ms"
                    + "   \(format(row.lambdaLocalCPU, decimals: 0)) µs, \(format(row.functionCPU, decimals: 0)) µs")
            }
            // What the raw ratio can reach at best with the function as it is: every core doing
            // nothing but the function's side of the Runtime API, lambda-local and wrk for free.
            let cores = Double(ProcessInfo.processInfo.activeProcessorCount)
            print("  The function's CPU alone caps start-api at \(Int(cores)) cores / its CPU a request, even with lambda-local and wrk free:")
            for row in servingRows {
                let ceiling = cores * 1_000_000 / row.functionCPU
                print("    \(row.api.connections) connections: \(format(ceiling, decimals: 0)) req/s, \(format(ceiling / row.raw.requestsPerSecond * 100, decimals: 0))% of raw")
            }
            print("")
        }

        if wants("client") {
            let dynamo = try await AWSClientThroughput.measure(operations: 2_000)
            print("Conditional UpdateItem against moto_server (\(dynamo.operations) sequential operations):")
            print("  AWSClient \(format(dynamo.swiftOperationsPerSecond)) ops/s   boto3 \(format(dynamo.boto3OperationsPerSecond)) ops/s   ratio \(format(dynamo.ratio, decimals: 2))x")
            print("")
        }

        if wants("services") {
            print("Local DynamoDB: conditional UpdateItem on random items (wrk, \(LocalServicesBenchmark.connections) connections), Query of one 50-item partition (AWSClient):")
            print("  items       server         updates/s   query p50   query p99   vs lambda-local")
            let services = try await LocalServicesBenchmark.measure(binDirectory: binDirectory, sizes: [10_000, 1_000_000])
            for row in services {
                let items = String(row.items).padding(toLength: 10, withPad: " ", startingAt: 0)
                func line(_ label: String, _ updates: Double, _ query: Samples, _ comparison: String) -> String {
                    "  \(label.padding(toLength: 14, withPad: " ", startingAt: 0))"
                        + " \(format(updates, decimals: 0).padding(toLength: 10, withPad: " ", startingAt: 0))"
                        + "  \(format(query.p50 / 1_000, decimals: 2).padding(toLength: 6, withPad: " ", startingAt: 0)) ms"
                        + "   \(format(query.p99 / 1_000, decimals: 2).padding(toLength: 6, withPad: " ", startingAt: 0)) ms   \(comparison)"
                }
                print("  \(items)" + line("lambda-local", row.local.updatesPerSecond, row.local.query, "(preloaded in \(format(row.loadTime.benchSeconds, decimals: 1)) s)").dropFirst(2))
                if let moto = row.moto {
                    print("            " + line("moto_server", moto.updatesPerSecond, moto.query,
                    "lambda-local \(format(row.local.updatesPerSecond / moto.updatesPerSecond, decimals: 1))x the updates, query p50 \(format(moto.query.p50 / row.local.query.p50, decimals: 1))x faster").dropFirst(2))
                } else {
                    print("            moto_server    not measured: loading \(row.items) items into it would take most of an hour")
                }
                print("            " + line("raw SQLite", row.raw.updatesPerSecond, row.raw.query,
                "lambda-local at \(format(row.rawRatio * 100, decimals: 0))% of its updates (median of \(LocalServicesBenchmark.rounds) rounds)").dropFirst(2))
            }
            if let small = services.first, let large = services.last, services.count > 1 {
                print("  Query p50 at \(large.items) items is \(format(large.local.query.p50 / small.local.query.p50, decimals: 2))x its p50 at \(small.items)")
            }
            print("")
        }

        let template = URL(fileURLWithPath: arguments[2]).standardizedFileURL.path
        if wants("delay") {
            print("delay: POST /dataspan/delay through lambda-local start, one request at a time (wrk), users spread over \(DelayLatency.users):")
            print("  job records   p50         p99         req/s    preload")
            let delays = try await DelayLatency.measure(binDirectory: binDirectory, template: template, sizes: [1_000, 1_000_000], seconds: 5)
            for row in delays {
                print("  \(String(row.jobRecords).padding(toLength: 12, withPad: " ", startingAt: 0))"
                    + "  \(format(row.result.p50 / 1_000, decimals: 2)) ms     \(format(row.result.p99 / 1_000, decimals: 2)) ms"
                    + "     \(format(row.result.requestsPerSecond, decimals: 0).padding(toLength: 7, withPad: " ", startingAt: 0))"
                    + "  \(format(row.loadTime.benchSeconds, decimals: 1)) s")
            }
            if let small = delays.first, let large = delays.last, delays.count > 1 {
                print("  p50 with \(large.jobRecords) records is \(format(large.result.p50 / small.result.p50, decimals: 2))x its p50 with \(small.jobRecords)")
            }
            print("")
        }

        if wants("stddev") {
            print("stddev: \(StandardDeviationCost.pairs) pairs, windows of 24 hours full, batches of \(StandardDeviationCost.batchSize) stream records (new samples and expiries):")
            print("  samples/min  window/pair  per sample   batch p50   batch p99   CPU share of a minute")
            let costs = try await StandardDeviationCost.measure(binDirectory: binDirectory, template: template, rates: [1, 10])
            for row in costs {
                let minuteShare = row.perSample * Double(StandardDeviationCost.pairs * row.samplesPerMinute) / 60e6 * 100
                print("  \(String(row.samplesPerMinute).padding(toLength: 11, withPad: " ", startingAt: 0))"
                    + "  \(String(row.windowSamples).padding(toLength: 11, withPad: " ", startingAt: 0))"
                    + "  \(format(row.perSample, decimals: 0).padding(toLength: 5, withPad: " ", startingAt: 0)) µs"
                    + "    \(format(row.batches.p50 / 1_000, decimals: 2)) ms     \(format(row.batches.p99 / 1_000, decimals: 2)) ms"
                    + "     \(format(minuteShare, decimals: 2))%")
            }
            if let slow = costs.first, let fast = costs.last, costs.count > 1 {
                print("  per sample at \(fast.samplesPerMinute)/min is \(format(fast.perSample / slow.perSample, decimals: 2))x its cost at \(slow.samplesPerMinute)/min")
            }
            print("")
        }

        if wants("sizes") {
            print("Function binaries, stripped:")
            for size in try BinarySize.measure(binDirectory: binDirectory, template: arguments[2]) {
                print("  \(size.name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(format(Double(size.bytes) / 1_048_576, decimals: 2)) MB")
            }
            print("")
        }

        if wants("packages") {
            let packages = PackagedFunctions.directory
            print("Lambda zips (make package: Swift runtime linked statically, glibc, libcurl and their libraries inside):")
            for zip in try PackagedFunctions.zips(in: packages) {
                print("  \(zip.name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(format(Double(zip.bytes) / 1_048_576, decimals: 2)) MB")
            }
            let starts = try await PackagedFunctions.coldStarts(function: "hello", binDirectory: binDirectory, packages: packages, runs: 20)
            print("Cold start of hello, exec to first response (median of \(starts.plain.count)):")
            print("  plain \(format(starts.plain.p50 / 1_000, decimals: 2)) ms   packaged \(format(starts.packaged.p50 / 1_000, decimals: 2)) ms   ratio \(format(starts.ratio, decimals: 2))x")
        }
    }

    static func format(_ value: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f", value)
    }
}

import Foundation

/// Runs wrk (Debian's package) against a URL and reads its summary.
enum Wrk {
    struct Result {
        let connections: Int
        let requestsPerSecond: Double
        /// Latency percentiles in microseconds.
        let p50: Double
        let p99: Double

        /// Each figure's median over several runs at the same connection count.
        static func median(_ runs: [Result]) -> Result {
            func middle(_ values: [Double]) -> Double { Samples.median(values) }
            return Result(
                connections: runs.first?.connections ?? 0,
                requestsPerSecond: middle(runs.map(\.requestsPerSecond)),
                p50: middle(runs.map(\.p50)), p99: middle(runs.map(\.p99)))
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs wrk and waits for it on a thread of its own: the benchmark's tasks share the event loops
    /// of the servers being measured, and blocking one of them would stall those servers.
    /// - Parameter script: A Lua file that shapes the requests (wrk's `-s`), such as a POST body.
    static func measure(url: String, connections: Int, seconds: Int, script: String? = nil) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Swift.Result { try run(url: url, connections: connections, seconds: seconds, script: script) })
            }
        }
    }

    private static func run(url: String, connections: Int, seconds: Int, script: String?) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wrk")
        let threads = min(connections, 2)
        process.arguments = ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency"]
            + (script.map { ["-s", $0] } ?? []) + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let rate = value(after: "Requests/sec:", in: text) else {
            throw Failure(description: "wrk failed: \(text)")
        }
        if text.contains("Non-2xx or 3xx responses") {
            throw Failure(description: "wrk saw error responses: \(text)")
        }
        return Result(
            connections: connections,
            requestsPerSecond: rate,
            p50: latency(after: "50%", in: text) ?? 0,
            p99: latency(after: "99%", in: text) ?? 0)
    }

    private static func value(after label: String, in text: String) -> Double? {
        guard let range = text.range(of: label) else { return nil }
        return Double(text[range.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "")
    }

    /// wrk prints latencies as `1.23ms`, `456.00us` or `2.00s`.
    private static func latency(after label: String, in text: String) -> Double? {
        guard let range = text.range(of: "\(label) ") ?? text.range(of: label) else { return nil }
        guard let token = text[range.upperBound...].split(whereSeparator: \.isWhitespace).first else { return nil }
        let units: [(String, Double)] = [("us", 1), ("ms", 1_000), ("s", 1_000_000)]
        for (suffix, factor) in units where token.hasSuffix(suffix) {
            return Double(token.dropLast(suffix.count)).map { $0 * factor }
        }
        return nil
    }
}

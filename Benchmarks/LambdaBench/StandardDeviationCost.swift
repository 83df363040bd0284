import AWSClient
import CoinVolatility
import Foundation
import LambdaEvents
import LocalLambda
import NIOCore

/// What the stddev function costs per price sample, with the 24-hour windows of 250 pairs full at
/// one and at ten samples a minute (1,440 and 14,400 samples a pair). The release binary runs
/// against `lambda-local start-lambda` on the project's template and is handed the stream batches
/// the samples table would produce: each fetch's 250 new samples (INSERT), then the 250 that the
/// time to live takes out, a day older (REMOVE by the service), 100 records a batch as the template
/// asks. A sample costs its entry and its exit; the window's length should not matter.
enum StandardDeviationCost {
    struct Row {
        let samplesPerMinute: Int
        let windowSamples: Int
        /// The samples whose entry and exit were timed.
        let samples: Int
        /// Invocation round trips, one per batch.
        let batches: Samples
        /// Microseconds per sample.
        let perSample: Double
    }

    static let pairs = 250
    static let batchSize = 100
    /// Fetches timed at each rate, after one that warms the instance and its connection.
    static let fetches = 20
    static let table = "CoinMetricsTable"

    static func measure(binDirectory: String, template: String, rates: [Int]) async throws -> [Row] {
        var rows: [Row] = []
        for rate in rates {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-stddev-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let server = try await LambdaLocalServer(
                binDirectory: binDirectory,
                arguments: [
                    "start-lambda", "--port", "0", "--template", template, "--state", "\(directory)/state.sqlite",
                    "--products", binDirectory, "--no-schedules", "--shutdown-grace", "1",
                ],
                directory: directory, servers: ["Lambda Invoke API"])
            defer { server.stop() }
            let endpoint = server.address("Lambda Invoke API")
            let history = PriceHistory(samplesPerMinute: rate)
            try await withTaskExecutorPreference(ServiceEndpointLoad.threads[0]) {
                try await fillWindows(history, endpoint: endpoint)
            }
            rows.append(try await feed(history, binDirectory: binDirectory, endpoint: endpoint))
            try await withTaskExecutorPreference(ServiceEndpointLoad.threads[0]) {
                try await verify(history, endpoint: endpoint)
            }
        }
        return rows
    }

    /// Stores every pair's window as stddev would have left it after a full day of samples.
    private static func fillWindows(_ history: PriceHistory, endpoint: String) async throws {
        let dynamo = try ServiceEndpointLoad.client(endpoint)
        for pair in 0..<pairs {
            var window = PairWindow(pair: history.pair(pair))
            for sample in 0..<history.windowSamples {
                window.statistics.add(history.price(pair: pair, sample: sample))
            }
            _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: window.item(updatedAt: history.start)))
        }
    }

    /// Runs stddev and hands it the stream batches of `fetches + 1` fetches, one batch at a time.
    private static func feed(_ history: PriceHistory, binDirectory: String, endpoint: String) async throws -> Row {
        var launch = BenchInstance.launch("\(binDirectory)/stddev", handler: "stddev")
        launch.environment.merge([
            "AWS_LAMBDA_FUNCTION_NAME": "stddev", "METRICS_TABLE": table, "AWS_ENDPOINT_URL": endpoint,
            "AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench", "AWS_REGION": "us-east-1",
        ]) { $1 }
        let instance = try await FunctionInstance.start(launch, output: { _ in })
        guard await instance.waitForInit().outcome == .ready else {
            _ = await instance.stop()
            throw BenchInstance.Failure(description: "stddev did not start")
        }
        var sequence = 0
        var timed = Samples()
        var total = Duration.zero
        let encoder = JSONEncoder()
        for fetch in 0...fetches {
            let records = history.streamRecords(fetch: fetch, pairs: pairs, sequence: &sequence)
            for start in stride(from: 0, to: records.count, by: batchSize) {
                let batch = DynamoDBStreamEvent(records: Array(records[start..<min(start + batchSize, records.count)]))
                let payload = ByteBuffer(bytes: try encoder.encode(batch))
                let started = ContinuousClock.now
                let outcome = await instance.server.invoke(BenchInstance.request(payload))
                let elapsed = ContinuousClock.now - started
                guard case .response(let answer) = outcome,
                      let response = try? JSONDecoder().decode(PartialBatchResponse.self, from: Data(answer.readableBytesView)),
                      response.batchItemFailures.isEmpty else {
                    _ = await instance.stop()
                    throw BenchInstance.Failure(description: "stddev did not apply a batch: \(outcome)")
                }
                if fetch > 0 {
                    timed.append(elapsed)
                    total += elapsed
                }
            }
        }
        _ = await instance.stop()
        let samples = fetches * pairs
        return Row(
            samplesPerMinute: history.samplesPerMinute, windowSamples: history.windowSamples, samples: samples,
            batches: timed, perSample: Samples.microseconds(total) / Double(samples))
    }

    /// Every pair's stored window must hold a full day and match a direct two-pass computation
    /// over the samples now in it: figures from a function that went wrong would mean nothing.
    private static func verify(_ history: PriceHistory, endpoint: String) async throws {
        let dynamo = try ServiceEndpointLoad.client(endpoint)
        let first = fetches + 1
        for pair in 0..<pairs {
            let key: DynamoDBItem = [PairWindow.Attribute.pair: .string(history.pair(pair).description)]
            guard let item = try await dynamo.getItem(GetItemRequest(tableName: table, key: key, consistentRead: true)).item,
                  let window = PairWindow(item: item), let deviation = window.statistics.standardDeviation else {
                throw BenchInstance.Failure(description: "stddev left no window for \(history.pair(pair))")
            }
            let prices = (first..<(first + history.windowSamples)).map { history.price(pair: pair, sample: $0) }
            let mean = prices.reduce(0, +) / Double(prices.count)
            let expected = (prices.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(prices.count)).squareRoot()
            guard window.statistics.count == history.windowSamples, abs(deviation - expected) <= 1e-9 * expected else {
                throw BenchInstance.Failure(description:
                    "the window of \(history.pair(pair)) holds \(window.statistics.count) samples and a deviation of \(deviation); expected \(history.windowSamples) and \(expected)")
            }
        }
    }
}

import CurlHTTP
import Foundation
import Testing

/// The coin volatility system on the package's own template: fetchCoins invoked with a scheduled
/// event and prices from a file, its samples carried by the table's stream to stddev under
/// `lambda-local start`, and coinMetrics serving the result over HTTP.
@Suite struct CoinVolatilitySystemTests {
    /// A folder for one test's state file, events, price files and `--env-vars` files.
    struct Workspace {
        let folder: URL
        var state: String { folder.appendingPathComponent("state.sqlite").path }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("coins-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        /// Writes a markets answer and returns its file:// URL.
        func markets(_ name: String, _ text: String) throws -> String {
            let file = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return file.absoluteString
        }

        /// `lambda-local invoke <function>` on the shared state file, with `variables` for the function.
        func invoke(_ function: String, event: String, variables: [String: String] = [:]) async throws -> CommandRun {
            let id = UUID().uuidString
            let eventFile = folder.appendingPathComponent("event-\(id).json")
            try Data(event.utf8).write(to: eventFile)
            var arguments = [
                "invoke", function, "-e", eventFile.path, "-t", RootTemplateServer.template,
                "--products", BuiltProducts.directory, "--state", state,
            ]
            if !variables.isEmpty {
                let envFile = folder.appendingPathComponent("env-\(id).json")
                try JSONSerialization.data(withJSONObject: [function: variables]).write(to: envFile)
                arguments += ["--env-vars", envFile.path]
            }
            return try await CommandRun.run(BuiltProducts.lambdaLocal, arguments, in: folder.path, timeout: .seconds(60))
        }
    }

    static let sampleMarkets = URL(fileURLWithPath: "\(BuiltProducts.packageRoot)/events/coins-markets.json").absoluteString

    /// A scheduled event as EventBridge sends it, for `time`.
    static func scheduledEvent(at time: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return """
            {"version": "0", "id": "\(UUID().uuidString.lowercased())", "detail-type": "Scheduled Event", "source": "aws.events",
             "account": "123456789012", "time": "\(formatter.string(from: time))", "region": "us-east-1",
             "resources": ["arn:aws:events:us-east-1:123456789012:rule/fetchCoins-Sample"], "detail": {}}
            """
    }

    /// A time on a whole second, `offset` seconds from now.
    static func second(_ offset: TimeInterval) -> Date {
        Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + offset).rounded(.down))
    }

    /// Polls `GET path` until `accept` holds for its answer, for up to `seconds`.
    static func poll(
        _ server: RootTemplateServer, _ path: String, seconds: Int = 20, until accept: (CurlResponse) -> Bool
    ) async throws -> CurlResponse {
        let deadline = ContinuousClock.now + .seconds(seconds)
        var last = try await server.send("GET", path)
        while !accept(last) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
            last = try await server.send("GET", path)
        }
        return last
    }

    static func number(_ value: Any?) -> Double { (value as? NSNumber)?.doubleValue ?? .nan }

    @Test func fetchedPricesReachTheRankingThroughTheStreamAndABadAnswerChangesNothing() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let server = try await RootTemplateServer(state: workspace.state)
        let first = Self.second(-120)
        let second = Self.second(-60)

        let fetched = try await workspace.invoke("fetchCoins", event: Self.scheduledEvent(at: first), variables: ["COINS_API_URL": Self.sampleMarkets])
        #expect(fetched.status == 0, "\(fetched.stdoutText) \(fetched.stderr)")
        #expect(fetched.json["pairs"] as? Int == 6)
        #expect(fetched.json["skipped"] as? Int == 2)
        #expect(fetched.json["latestUpdate"] as? Bool == true)

        // A minute later every price has moved by a different amount.
        let moved = try workspace.markets("moved.json", """
            [{"id": "bitcoin", "symbol": "btc", "current_price": 60223.45},
             {"id": "ethereum", "symbol": "eth", "current_price": 3022.87},
             {"id": "tether", "symbol": "usdt", "current_price": 1.0004},
             {"id": "solana", "symbol": "sol", "current_price": 131.02},
             {"id": "dogecoin", "symbol": "doge", "current_price": 0.127834},
             {"id": "shiba-inu", "symbol": "shib", "current_price": 0.00002401}]
            """)
        let again = try await workspace.invoke("fetchCoins", event: Self.scheduledEvent(at: second), variables: ["COINS_API_URL": moved])
        #expect(again.status == 0, "\(again.stdoutText) \(again.stderr)")

        let btc = try await Self.poll(server, "/metrics/stddev/BTC-USD") { $0.json["samples"] as? Int == 2 }
        #expect(btc.status == 200, "\(btc.text)\n\(server.server.log)")
        #expect(btc.json["pair"] as? String == "BTC-USD")
        #expect(abs(Self.number(btc.json["stddev"]) - 50) < 1e-9)
        #expect(abs(Self.number(btc.json["mean"]) - 60_173.45) < 1e-9)
        let formatter = ISO8601DateFormatter()
        #expect(btc.json["latestSampleAt"] as? String == formatter.string(from: second), "the scheduled time, carried through")
        _ = try await Self.poll(server, "/metrics/stddev/SHIB-USD") { $0.json["samples"] as? Int == 2 }

        // The ranking, two pages of four at most, highest standard deviation first.
        let page1 = try await server.send("GET", "/metrics/stddev?limit=4")
        #expect(page1.status == 200, "\(page1.text)")
        let pairs1 = page1.json["pairs"] as? [[String: Any]] ?? []
        #expect(pairs1.count == 4)
        let cursor = try #require(page1.json["cursor"] as? String)
        let page2 = try await server.send("GET", "/metrics/stddev?limit=4&cursor=\(cursor)")
        #expect(page2.status == 200, "\(page2.text)")
        let pairs2 = page2.json["pairs"] as? [[String: Any]] ?? []
        let ranking = (pairs1 + pairs2).map { ($0["pair"] as? String ?? "", Self.number($0["stddev"])) }
        #expect(ranking.map(\.0) == ["BTC-USD", "ETH-USD", "SOL-USD", "USDT-USD", "SHIB-USD", "DOGE-USD"])
        #expect(ranking.map(\.1) == ranking.map(\.1).sorted(by: >))
        #expect(ranking.last?.1 == 0, "an unchanged price has no spread")
        let latest = page1.json["latestUpdate"] as? [String: Any]
        #expect(latest?["sampledAt"] as? String == formatter.string(from: second))
        #expect(latest?["pairs"] as? Int == 6)

        // The same scheduled event delivered again writes the same samples: nothing is counted twice.
        let redelivered = try await workspace.invoke("fetchCoins", event: Self.scheduledEvent(at: second), variables: ["COINS_API_URL": moved])
        #expect(redelivered.status == 0)
        #expect(redelivered.json["latestUpdate"] as? Bool == true)

        // A malformed answer, an upstream error and a missing file store nothing.
        let malformed = try workspace.markets("malformed.json", #"[{"id": "bitcoin", "symbol": "btc", "current_price": "60000"}]"#)
        let limited = try workspace.markets("limited.json", #"{"status": {"error_code": 429, "error_message": "You've exceeded the Rate Limit."}}"#)
        let missing = workspace.folder.appendingPathComponent("absent.json").absoluteString
        for url in [malformed, limited, missing] {
            let failed = try await workspace.invoke("fetchCoins", event: Self.scheduledEvent(at: Self.second(0)), variables: ["COINS_API_URL": url])
            #expect(failed.status == 1, "\(url): \(failed.stdoutText)")
            #expect(failed.json["errorType"] as? String == "UpstreamFailure", "\(failed.stdoutText)")
            #expect(failed.stderr.contains("stored data left as it was"))
        }
        try await Task.sleep(for: .seconds(1.5))
        let after = try await server.send("GET", "/metrics/stddev?limit=10")
        #expect((after.json["pairs"] as? [[String: Any]])?.map { $0["samples"] as? Int } == Array(repeating: 2, count: 6))
        #expect((after.json["latestUpdate"] as? [String: Any])?["sampledAt"] as? String == formatter.string(from: second))
        await server.stop()
    }

    @Test func aSampleLeavesTheWindowWhenItsTimeToLiveRunsOut() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let server = try await RootTemplateServer(state: workspace.state)
        let recent = try workspace.markets("recent.json", #"[{"id": "bitcoin", "symbol": "btc", "current_price": 61000}]"#)
        let old = try workspace.markets("old.json", #"[{"id": "bitcoin", "symbol": "btc", "current_price": 59000}]"#)
        // Sampled almost 24 hours ago: its time to live runs out in eight seconds, time enough for
        // the window to hold both samples before the sweep (every 5 seconds) deletes it.
        let expiring = try await workspace.invoke("fetchCoins", event: Self.scheduledEvent(at: Self.second(-86_392)), variables: ["COINS_API_URL": old])
        #expect(expiring.status == 0, "\(expiring.stdoutText) \(expiring.stderr)")
        let fresh = try await workspace.invoke("fetchCoins", event: Self.scheduledEvent(at: Self.second(0)), variables: ["COINS_API_URL": recent])
        #expect(fresh.status == 0)
        #expect(fresh.json["latestUpdate"] as? Bool == true)

        let both = try await Self.poll(server, "/metrics/stddev/BTC-USD") { $0.json["samples"] as? Int == 2 }
        #expect(Self.number(both.json["stddev"]) == 1_000, "\(both.text)")
        // The time-to-live sweep deletes the old sample; its deletion reaches stddev as a REMOVE.
        let one = try await Self.poll(server, "/metrics/stddev/BTC-USD", seconds: 25) { $0.json["samples"] as? Int == 1 }
        #expect(one.json["samples"] as? Int == 1, "\(one.text)\n\(server.server.log)")
        #expect(Self.number(one.json["mean"]) == 61_000)
        #expect(Self.number(one.json["stddev"]) == 0)
        await server.stop()
    }

    @Test func aStreamBatchInvokedTwiceIsCountedOnce() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let event = try String(contentsOfFile: "\(BuiltProducts.packageRoot)/events/stddev.json", encoding: .utf8)
        for _ in 0..<2 {
            let run = try await workspace.invoke("stddev", event: event)
            #expect(run.status == 0, "\(run.stdoutText) \(run.stderr)")
            #expect(run.json["batchItemFailures"] as? [Any] != nil && (run.json["batchItemFailures"] as? [Any])?.isEmpty == true)
        }
        let server = try await RootTemplateServer(state: workspace.state)
        let ada = try await server.send("GET", "/metrics/stddev/ADA-USD")
        #expect(ada.status == 200, "\(ada.text)")
        #expect(ada.json["samples"] as? Int == 3, "three samples, one of them replaced, not doubled: \(ada.text)")
        let prices = [0.4512, 0.4520, 0.4509]
        let mean = prices.reduce(0, +) / 3
        let deviation = (prices.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
        #expect(abs(Self.number(ada.json["mean"]) - mean) <= 1e-12)
        #expect(abs(Self.number(ada.json["stddev"]) - deviation) <= 1e-9 * deviation)
        // XRP-USD's only sample expired in the same batch.
        let xrp = try await server.send("GET", "/metrics/stddev/XRP-USD")
        #expect(xrp.status == 404)
        #expect(xrp.json["message"] as? String == "XRP-USD has no samples in the last 24 hours")
        await server.stop()
    }

    @Test func badReadsGetClearAnswers() async throws {
        let server = try await RootTemplateServer()
        let unknown = try await server.send("GET", "/metrics/stddev/XRP-USD")
        #expect(unknown.status == 404)
        #expect(unknown.json["message"] as? String == "XRP-USD has no samples in the last 24 hours")
        let notAPair = try await server.send("GET", "/metrics/stddev/bitcoin")
        #expect(notAPair.status == 400)
        #expect((notAPair.json["message"] as? String)?.contains("is not a pair") == true)
        for query in ["limit=0", "limit=101", "limit=many"] {
            let answer = try await server.send("GET", "/metrics/stddev?\(query)")
            #expect(answer.status == 400, "\(query)")
            #expect((answer.json["message"] as? String)?.hasPrefix("limit must be an integer from 1 to 100") == true)
        }
        let cursor = try await server.send("GET", "/metrics/stddev?cursor=eyJwIjoiQlRDLVVTRCJ9")
        #expect(cursor.status == 400)
        #expect((cursor.json["message"] as? String)?.hasPrefix("cursor is not one this API handed out") == true)
        let empty = try await server.send("GET", "/metrics/stddev")
        #expect(empty.status == 200)
        #expect((empty.json["pairs"] as? [Any])?.isEmpty == true)
        #expect(empty.json["cursor"] == nil)
        await server.stop()
    }

    @Test func theSampleEventsAreValidInput() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let root = BuiltProducts.packageRoot
        for (function, file, variables) in [
            ("fetchCoins", "fetchCoins.json", ["COINS_API_URL": Self.sampleMarkets]),
            ("stddev", "stddev.json", [:]),
            ("coinMetrics", "coinMetrics.json", [:]),
            ("coinMetrics", "coinMetrics-pair.json", [:]),
        ] {
            let event = try String(contentsOfFile: "\(root)/events/\(file)", encoding: .utf8)
            let run = try await workspace.invoke(function, event: event, variables: variables)
            #expect(run.status == 0, "\(file): \(run.stdoutText) \(run.stderr)")
        }
        let invalid = try await workspace.invoke(
            "coinMetrics", event: try String(contentsOfFile: "\(root)/events/coinMetrics-invalid.json", encoding: .utf8))
        #expect(invalid.json["statusCode"] as? Int == 400, "\(invalid.stdoutText)")
    }
}

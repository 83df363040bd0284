import AWSClient
import CoinVolatility
import Foundation
import LambdaEvents
import Testing

/// stddev's window store on the template's metrics table, served by `lambda-local start-lambda`:
/// windows read together, and written together all or not at all, each under its version.
@Suite struct MetricsTableStorageTests {
    let btc = CoinPair("BTC-USD")!
    let eth = CoinPair("ETH-USD")!

    func window(_ pair: CoinPair, prices: [Double]) -> PairWindow {
        var window = PairWindow(pair: pair)
        for price in prices { window.statistics.add(price) }
        return window
    }

    // The client blocks its thread on libcurl; these are a few loopback requests of a millisecond.
    @Test func windowsAreWrittenTogetherOnlyWhileEveryVersionIsTheOneRead() async throws {
        let server = try await RootTemplateServer(command: "start-lambda")
        do {
            let dynamo = try DynamoDBClient(configuration: AWSConfiguration(
                credentials: AWSCredentials(accessKeyID: "test", secretAccessKey: "test"), region: "us-east-1",
                endpoint: AWSEndpoint(url: server.services), usesProxyFromEnvironment: false))
            let storage = MetricsTableStorage(client: dynamo, tableName: try await server.tableName(containing: "CoinMetrics"))

            #expect(try await storage.windows(for: [btc, eth]).isEmpty)
            #expect(try await storage.saveAll([window(btc, prices: [1, 2]), window(eth, prices: [3])], at: 100))
            var stored = try await storage.windows(for: [btc, eth])
            #expect(stored[btc]?.version == 1)
            #expect(stored[btc]?.statistics.count == 2)
            #expect(stored[eth]?.statistics.mean == 3)

            // A first write of a window that exists now, beside a good one: neither is written.
            #expect(try await storage.saveAll([window(btc, prices: [9]), stored[eth]!], at: 200) == false)
            // Another writer moves BTC between this read and this write: neither is written.
            var btcWindow = stored[btc]!
            btcWindow.statistics.add(4)
            #expect(try await storage.save(stored[btc]!, at: 300))
            #expect(try await storage.saveAll([btcWindow, stored[eth]!], at: 400) == false)
            stored = try await storage.windows(for: [btc, eth])
            #expect(stored[btc]?.version == 2)
            #expect(stored[btc]?.statistics.count == 2)
            #expect(stored[eth]?.version == 1)
            #expect(stored[eth]?.updatedAt == 100)

            // Read again, both go through.
            var next = stored
            next[btc]!.statistics.add(4)
            next[eth]!.statistics.add(5)
            #expect(try await storage.saveAll([next[btc]!, next[eth]!], at: 500))
            stored = try await storage.windows(for: [btc, eth])
            #expect(stored[btc]?.statistics.count == 3)
            #expect(stored[eth]?.statistics.count == 2)
            #expect(stored[eth]?.updatedAt == 500)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}

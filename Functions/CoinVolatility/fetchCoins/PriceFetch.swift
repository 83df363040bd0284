import AWSClient
import CoinVolatility
import LambdaEvents
import LambdaRuntime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One scheduled fetch: read the prices, write one sample per pair stamped with the scheduled
/// time, then the latest-update record. An answer that cannot be used stores nothing.
struct PriceFetch: Sendable {
    let source: MarketsSource
    let writer: SampleWriter

    func run(_ event: ScheduledEvent, context: LambdaContext) async throws -> FetchSummary {
        let sampledAt = Int64(event.time.timeIntervalSince1970.rounded(.down))
        let data: Data
        do {
            data = try source.fetch()
        } catch {
            context.logger.error("prices not fetched, stored data left as it was: \(error)")
            throw error
        }
        let answer: MarketsAnswer
        do {
            answer = try MarketsAnswer.parse(data, currency: source.currency)
        } catch {
            context.logger.error("prices not stored, stored data left as it was: \(error)")
            throw UpstreamFailure(error.description)
        }
        for reason in answer.skipped {
            context.logger.info("coin left out: \(reason)")
        }
        let fetchedAt = Int64(Date().timeIntervalSince1970)
        let samples = answer.prices.map { price in
            PriceSample(
                pair: price.pair, sampledAt: sampledAt, price: price.price, coinId: price.coinId,
                fetchedAt: fetchedAt, priceUpdatedAt: price.priceUpdatedAt)
        }
        try await writer.write(samples)
        let recorded = try await writer.recordLatestUpdate(LatestUpdate(
            sampledAt: sampledAt, fetchedAt: fetchedAt, pairCount: samples.count, skippedCount: answer.skipped.count))
        context.logger.info("stored \(samples.count) samples for \(event.time) (event \(event.id))")
        return FetchSummary(
            sampledAt: Date(timeIntervalSince1970: Double(sampledAt)).formatted(Date.ISO8601FormatStyle()),
            pairs: samples.count, skipped: answer.skipped.count, latestUpdate: recorded)
    }
}

import CurlHTTP

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the prices come from: CoinGecko's `/coins/markets` by default, or any URL answering in
/// its format, `file://` included (libcurl reads files itself), so that local runs and tests need
/// no network.
struct MarketsSource: Sendable {
    /// The 250 largest coins, priced in US dollars.
    static let defaultURL =
        "https://api.coingecko.com/api/v3/coins/markets?vs_currency=usd&order=market_cap_desc&per_page=250&page=1"

    let url: String
    /// CoinGecko's demo API key, sent when set.
    let apiKey: String?
    let caBundlePath: String?

    /// Checks the URL's scheme; anything but http, https or file is a setting nobody meant.
    init(url: String, apiKey: String?, caBundlePath: String?) throws(UnusableSourceURL) {
        guard ["http://", "https://", "file://"].contains(where: { url.lowercased().hasPrefix($0) }) else {
            throw UnusableSourceURL(url: url)
        }
        self.url = url
        self.apiKey = apiKey
        self.caBundlePath = caBundlePath
    }

    /// The currency the prices are quoted in: the URL's `vs_currency`, US dollars when it has none.
    var currency: String {
        guard let query = url.split(separator: "?", maxSplits: 1).dropFirst().first else { return "usd" }
        for parameter in query.split(separator: "&") {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == "vs_currency", !parts[1].isEmpty { return String(parts[1]) }
        }
        return "usd"
    }

    private var isFile: Bool { url.lowercased().hasPrefix("file://") }

    /// The answer's bytes. Blocks the calling thread (the handler's own) for at most ten seconds.
    func fetch() throws(UpstreamFailure) -> Data {
        var headers = [("Accept", "application/json"), ("User-Agent", "swift-lambda-host-fetchCoins/1")]
        if let apiKey { headers.append(("x-cg-demo-api-key", apiKey)) }
        let response: CurlResponse
        do {
            // A proxy the environment names is honoured: this is the one call that leaves for the internet.
            let connection = try CurlConnection(options: CurlConnectionOptions(
                connectTimeout: .seconds(3), usesProxyFromEnvironment: true, caBundlePath: caBundlePath,
                schemes: ["http", "https", "file"]))
            response = try connection.perform(CurlRequest(url: url, headers: headers, timeout: .seconds(10)))
        } catch {
            throw UpstreamFailure("\(url) could not be read: \(error)")
        }
        // A file has no HTTP status: libcurl reports 0 for it, and a missing file is a CurlError above.
        let succeeded = isFile ? response.status == 0 : (200..<300).contains(response.status)
        guard succeeded else {
            let excerpt = String(decoding: response.body.prefix(200), as: UTF8.self)
            throw UpstreamFailure("\(url) answered HTTP \(response.status): \(excerpt)")
        }
        return response.body
    }
}

/// A `COINS_API_URL` that is not an http, https or file URL.
struct UnusableSourceURL: Error, CustomStringConvertible {
    var url: String
    var description: String { "environment variable COINS_API_URL must be an http, https or file URL, got \"\(url)\"" }
}

import CurlHTTP
import Foundation

/// HTTP requests from a test, each on a thread of its own: libcurl blocks, and blocking the tests'
/// small concurrency pool would starve the servers under test.
enum HTTPClient {
    static func request(
        _ method: String,
        _ url: String,
        headers: [(String, String)] = [],
        body: Data? = nil
    ) async throws -> CurlResponse {
        let request = CurlRequest(method: method, url: url, headers: headers, body: body, timeout: .seconds(30))
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try CurlConnection().perform(request) })
            }
        }
    }
}

extension CurlResponse {
    var text: String { String(decoding: body, as: UTF8.self) }

    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: body) as? [String: Any]) ?? [:]
    }

    /// Every value of a header, in order (`Set-Cookie` comes once per cookie).
    func values(_ name: String) -> [String] {
        headers.fields.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }
}

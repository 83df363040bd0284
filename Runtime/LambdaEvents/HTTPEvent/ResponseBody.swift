#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A response body ready for the wire, with the content type that describes it; shared by the
/// REST and HTTP API responses so both build text, JSON and binary bodies the same way.
struct ResponseBody {
    var text: String
    var isBase64Encoded: Bool
    var contentType: String

    static func text(_ text: String, contentType: String) -> ResponseBody {
        ResponseBody(text: text, isBase64Encoded: false, contentType: contentType)
    }

    static func json(_ value: some Encodable, encoder: JSONEncoder) throws -> ResponseBody {
        let data = try encoder.encode(value)
        return ResponseBody(
            text: String(decoding: data, as: UTF8.self),
            isBase64Encoded: false,
            contentType: "application/json"
        )
    }

    /// API Gateway only passes text through a Lambda response, so bytes travel as base64.
    static func binary(_ data: Data, contentType: String) -> ResponseBody {
        ResponseBody(text: data.base64EncodedString(), isBase64Encoded: true, contentType: contentType)
    }

    /// A header the caller set explicitly wins over the one implied by the body.
    func headers(merging given: [String: String]) -> [String: String] {
        let callerSetContentType = given.keys.contains { $0.lowercased() == "content-type" }
        guard !callerSetContentType else { return given }
        var headers = given
        headers["Content-Type"] = contentType
        return headers
    }
}

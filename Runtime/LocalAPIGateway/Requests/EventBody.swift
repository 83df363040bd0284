#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A request body as an event carries it: text, or base64 text with `isBase64Encoded`.
struct EventBody: Sendable, Hashable {
    /// The text, or `nil` when the request has no body.
    let text: String?
    /// Whether ``text`` is base64.
    let isBase64Encoded: Bool

    static let absent = EventBody(text: nil, isBase64Encoded: false)

    /// An HTTP API's choice: text for textual content types, base64 for everything else. A textual
    /// body that is not valid UTF-8 goes as base64 too, since JSON cannot carry it as text.
    static func forHTTPAPI(_ body: [UInt8], contentType: String?) -> EventBody {
        guard !body.isEmpty else { return .absent }
        if let contentType, MediaType.isTextual(MediaType.essence(contentType)),
           let text = String(validating: body, as: UTF8.self) {
            return EventBody(text: text, isBase64Encoded: false)
        }
        return base64(body)
    }

    /// A REST API's choice: base64 only when the content type matches one of the API's binary media
    /// types. Otherwise the body goes as text, and bytes that are not UTF-8 are replaced, as they
    /// are mangled on AWS.
    static func forRESTAPI(_ body: [UInt8], contentType: String?, binaryMediaTypes: [String]) -> EventBody {
        guard !body.isEmpty else { return .absent }
        if let contentType {
            let type = MediaType.essence(contentType)
            if binaryMediaTypes.contains(where: { MediaType.matches(type, pattern: $0) }) {
                return base64(body)
            }
        }
        return EventBody(text: String(decoding: body, as: UTF8.self), isBase64Encoded: false)
    }

    private static func base64(_ body: [UInt8]) -> EventBody {
        EventBody(text: Data(body).base64EncodedString(), isBase64Encoded: true)
    }
}

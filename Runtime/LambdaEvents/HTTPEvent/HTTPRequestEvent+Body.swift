#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension HTTPRequestEvent {
    /// The body's bytes, decoded from base64 when API Gateway sent it that way, or `nil` when
    /// the request has no body.
    /// - Throws: ``EventBodyError/invalidBase64`` when the body claims to be base64 and is not.
    public func bodyData() throws(EventBodyError) -> Data? {
        guard let body else { return nil }
        guard isBase64Encoded else { return Data(body.utf8) }
        guard let data = Data(base64Encoded: body) else { throw .invalidBase64 }
        return data
    }

    /// Decodes the body as JSON into `type`.
    /// - Parameters:
    ///   - type: The type the body holds.
    ///   - decoder: The decoder whose strategies (dates, keys) to apply.
    /// - Throws: ``EventBodyError/missingBody`` when there is no body, ``EventBodyError/invalidBase64``,
    ///   or the decoder's `DecodingError`.
    public func decodeBody<Body: Decodable>(
        as type: Body.Type = Body.self,
        decoder: JSONDecoder = JSONDecoder()
    ) throws -> Body {
        guard let data = try bodyData() else { throw EventBodyError.missingBody }
        return try decoder.decode(type, from: data)
    }
}

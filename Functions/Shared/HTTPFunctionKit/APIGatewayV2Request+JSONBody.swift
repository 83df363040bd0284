import LambdaEvents

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension APIGatewayV2Request {
    /// The body decoded as JSON, or an ``APIProblem`` 400 that names what is wrong with it:
    /// no body, not JSON, a missing field, or a field of the wrong type.
    public func jsonBody<Body: Decodable>(as type: Body.Type = Body.self) throws(APIProblem) -> Body {
        let data: Data?
        do { data = try bodyData() } catch { throw .badRequest("the body claims to be base64 and is not") }
        guard let data, !data.isEmpty else { throw .badRequest("a JSON body is required") }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            throw .badRequest(BodyNumberProblem.message(for: data) ?? "the body is not valid JSON")
        } catch let error as DecodingError {
            throw .badRequest(Self.describe(error))
        } catch {
            throw .badRequest("the body is not valid JSON")
        }
    }

    /// The body decoded as JSON when there is one, `nil` when the request has no body.
    public func optionalJSONBody<Body: Decodable>(as type: Body.Type = Body.self) throws(APIProblem) -> Body? {
        guard let body, !body.isEmpty else { return nil }
        return try jsonBody(as: type)
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey], _ key: (any CodingKey)? = nil) -> String {
            let keys = (codingPath + (key.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "the body" : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath, key)) is required"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) must be \(Self.name(of: type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) must be \(Self.name(of: type)), not null"
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "the body is not valid JSON"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)) is invalid: \(context.debugDescription)"
        @unknown default:
            return "the body is not what this route expects"
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "true or false"
        default: "an object or array of the right shape"
        }
    }
}

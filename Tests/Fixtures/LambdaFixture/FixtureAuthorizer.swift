#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Lambda authorizer whose token says what it answers: `allow` and `deny` an IAM policy for the
/// method called, `yes` and `no` a simple response, `unauthorized` the error API Gateway turns into
/// 401; anything else an answer API Gateway cannot use.
enum FixtureAuthorizer {
    /// The parts of TOKEN and REQUEST events the fixture reads.
    struct Event: Decodable {
        var authorizationToken: String?
        var identitySource: [String]?
        var methodArn: String?
        var routeArn: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            authorizationToken = try container.decodeIfPresent(String.self, forKey: .authorizationToken)
            // An array in format 2.0, a comma-separated string in 1.0.
            identitySource = (try? container.decodeIfPresent([String].self, forKey: .identitySource))
                ?? (try? container.decodeIfPresent(String.self, forKey: .identitySource))?.map { [$0] }
            methodArn = try container.decodeIfPresent(String.self, forKey: .methodArn)
            routeArn = try container.decodeIfPresent(String.self, forKey: .routeArn)
        }

        enum CodingKeys: String, CodingKey {
            case authorizationToken, identitySource, methodArn, routeArn
        }
    }

    static func answer(_ data: Data) throws -> Data {
        let event = try JSONDecoder().decode(Event.self, from: data)
        let token = event.authorizationToken ?? event.identitySource?.first ?? ""
        let resource = event.methodArn ?? event.routeArn ?? ""
        switch token {
        case "allow", "deny":
            let effect = token == "allow" ? "Allow" : "Deny"
            return Data(#"""
                {"principalId":"ann","policyDocument":{"Version":"2012-10-17","Statement":[{"Action":"execute-api:Invoke","Effect":"\#(effect)","Resource":"\#(resource)"}]},"context":{"user":"ann","level":3}}
                """#.utf8)
        case "yes", "no":
            return Data(#"{"isAuthorized":\#(token == "yes"),"context":{"user":"ann","roles":["reader"]}}"#.utf8)
        case "unauthorized":
            throw FixtureFailure(message: "Unauthorized")
        default:
            return Data(#"{"principalId":"ann"}"#.utf8)
        }
    }
}

/// A REST API Cognito user pool authorizer (`Auth.Authorizers.<Name>.UserPoolArn`).
///
/// Locally the token's signature is NOT verified: its payload is decoded and its `exp` and `nbf`
/// are checked, and its `iss` when the user pool ARN names a real pool ID (a pool defined in the
/// same template has no real ID locally, so its issuer cannot be known). Anyone can forge a token
/// that passes; this only lets code that reads claims run locally.
public struct CognitoAuthorizer: Sendable, Hashable {
    /// The authorizer's name in the template.
    public var name: String
    /// `UserPoolArn`, one or several.
    public var userPoolARNs: [String]
    /// The header holding the token (`Identity.Header`, `Authorization` by default).
    public var headerName: String

    /// Creates an authorizer.
    public init(name: String, userPoolARNs: [String], headerName: String = "Authorization") {
        self.name = name
        self.userPoolARNs = userPoolARNs
        self.headerName = headerName
    }

    /// The issuers of the pools whose ARN names a real pool ID, such as
    /// `https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123`.
    var knownIssuers: [String] {
        userPoolARNs.compactMap { arn in
            let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 6, parts[2] == "cognito-idp", parts[5].hasPrefix("userpool/") else { return nil }
            let region = parts[3]
            let poolID = parts[5].dropFirst("userpool/".count)
            // Real pool IDs are `<region>_<letters and digits>`; anything else is a local stand-in.
            guard poolID.hasPrefix(region + "_"), poolID.count > region.count + 1,
                  poolID.dropFirst(region.count + 1).allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
            else { return nil }
            return "https://cognito-idp.\(region).amazonaws.com/\(poolID)"
        }
    }
}

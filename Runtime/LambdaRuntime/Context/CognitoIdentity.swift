/// The Amazon Cognito identity of the caller, from the `Lambda-Runtime-Cognito-Identity` header.
public struct CognitoIdentity: Codable, Sendable, Equatable {
    /// The identity's id.
    public var identityID: String?
    /// The identity pool's id.
    public var identityPoolID: String?

    enum CodingKeys: String, CodingKey {
        case identityID = "cognitoIdentityId"
        case identityPoolID = "cognitoIdentityPoolId"
    }
}

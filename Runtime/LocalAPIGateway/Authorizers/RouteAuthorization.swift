/// Who may call a route: the authorizer it resolves to after `DefaultAuthorizer` and the event's
/// own `Auth.Authorizer` (`NONE` included) are applied.
public enum RouteAuthorization: Sendable, Hashable {
    /// Anyone.
    case open
    /// An HTTP API JWT authorizer.
    case jwt(JWTAuthorizer)
    /// A REST API Cognito user pool authorizer.
    case cognito(CognitoAuthorizer)
    /// A Lambda (TOKEN or REQUEST) authorizer: its function decides.
    case lambda(LambdaAuthorizerReference)
    /// `AWS_IAM` authorization; SigV4 signatures are not checked locally.
    case iam
}

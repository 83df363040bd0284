import LambdaEvents

/// Who is calling, by the one rule every per-user function follows.
///
/// When the route has a JWT or Lambda authorizer, the caller is the authorizer's subject (`sub`)
/// and whatever the body says about the user is ignored: a body field is something anyone can
/// forge. An authorizer that names no subject identifies nobody, so the request is refused rather
/// than trusted to the body. Without an authorizer, the caller is the body's `userId`, or the
/// `userId` query parameter.
public enum Caller {
    /// The caller's user id.
    /// - Parameters:
    ///   - request: The HTTP API request.
    ///   - claimedUserId: The `userId` the body names, if any.
    /// - Throws: ``APIProblem`` 400 when there is no authorizer and no user id, or an empty or
    ///   blank one; 403 when the route's authorizer names no subject.
    public static func userId(of request: APIGatewayV2Request, claimedUserId: String? = nil) throws(APIProblem) -> String {
        if let subject = try authorizerSubject(of: request) { return subject }
        let claimed = claimedUserId ?? request.queryStringParameters["userId"]
        guard let claimed else { throw .badRequest("userId is required") }
        guard !claimed.isEmpty, claimed.count <= 256 else {
            throw .badRequest("userId must have 1 to 256 characters")
        }
        // White space alone names nobody; it would otherwise be a user of its own.
        guard !claimed.allSatisfy(\.isWhitespace) else { throw .badRequest("userId must not be blank") }
        return claimed
    }

    /// The subject claim of the route's authorizer: a JWT authorizer's `sub`, or a Lambda
    /// authorizer's `sub` in the context it returned. `nil` when the route has no such authorizer.
    /// - Throws: ``APIProblem`` 403 when it has one that names no subject.
    public static func authorizerSubject(of request: APIGatewayV2Request) throws(APIProblem) -> String? {
        guard isAuthorized(request), let authorizer = request.requestContext.authorizer else { return nil }
        if let sub = authorizer.jwt?.claims["sub"], !sub.isEmpty { return sub }
        if case .string(let sub)? = authorizer.lambda?["sub"], !sub.isEmpty { return sub }
        throw .forbidden("the route's authorizer names no subject (sub) for the caller")
    }

    /// Whether the route has a JWT or Lambda authorizer, so that answers about one user's data go
    /// only to them.
    public static func isAuthorized(_ request: APIGatewayV2Request) -> Bool {
        guard let authorizer = request.requestContext.authorizer else { return false }
        return authorizer.jwt != nil || authorizer.lambda != nil
    }
}

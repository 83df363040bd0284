extension RouteAuthorization {
    /// Decides whether the request may call the route. Tokens are decoded, never verified: see
    /// ``JWTAuthorizer`` and ``CognitoAuthorizer``.
    func check(_ request: RequestFacts, routeKey: String, requiredScopes: [String]) -> AuthorizationOutcome {
        switch self {
        case .open:
            return .allowed(nil)
        case .jwt(let authorizer):
            return authorizer.check(request, requiredScopes: requiredScopes)
        case .cognito(let authorizer):
            return authorizer.check(request, requiredScopes: requiredScopes)
        case .lambda(let reference):
            guard reference.functionLogicalId != nil else {
                let arn = reference.functionARN.map { " (\($0))" } ?? ""
                return .notChecked(warning: "\(routeKey) uses the Lambda authorizer '\(reference.name)', whose function\(arn) "
                                   + "is not in the template; the request was let through")
            }
            return .askLambda(reference)
        case .iam:
            return .notChecked(warning: "\(routeKey) uses AWS_IAM authorization, which lambda-local does not check; "
                               + "the request was let through")
        }
    }
}

extension JWTAuthorizer {
    func check(_ request: RequestFacts, requiredScopes: [String]) -> AuthorizationOutcome {
        guard let raw = tokenSource.value(in: request) else {
            return .refused(.unauthorized, reason: "authorizer \(name): no token in the \(tokenSource)")
        }
        guard let token = JSONWebToken(raw) else {
            return .refused(.unauthorized, reason: "authorizer \(name): the token is not a JWT")
        }
        if let problem = token.timeProblem(now: request.secondsSince1970) {
            return .refused(.unauthorized, reason: "authorizer \(name): the token is refused because \(problem)")
        }
        if let issuer, token.claims["iss"]?.stringValue != issuer {
            return .refused(.unauthorized, reason: "authorizer \(name): the token's issuer is not \(issuer)")
        }
        if !audiences.isEmpty, !token.audiences.contains(where: audiences.contains) {
            return .refused(.unauthorized, reason: "authorizer \(name): the token's audience is none of "
                            + audiences.joined(separator: ", "))
        }
        let scopes = requiredScopes.isEmpty ? defaultScopes : requiredScopes
        if !scopes.isEmpty, !token.scopes.contains(where: scopes.contains) {
            return .refused(.forbidden, reason: "authorizer \(name): the token has none of the scopes "
                            + scopes.joined(separator: ", "))
        }
        return .allowed(.token(AuthorizerClaims(claims: ClaimText.httpAPI(token.claims), scopes: token.scopes)))
    }
}

extension CognitoAuthorizer {
    func check(_ request: RequestFacts, requiredScopes: [String]) -> AuthorizationOutcome {
        guard let raw = request.client.headers.value(of: headerName), !raw.trimmingWhitespace().isEmpty else {
            return .refused(.unauthorized, reason: "authorizer \(name): no token in the header \(headerName)")
        }
        guard let token = JSONWebToken(raw) else {
            return .refused(.unauthorized, reason: "authorizer \(name): the token is not a JWT")
        }
        if let problem = token.timeProblem(now: request.secondsSince1970) {
            return .refused(.unauthorized, reason: "authorizer \(name): the token is refused because \(problem)")
        }
        let issuers = knownIssuers
        if !issuers.isEmpty, !issuers.contains(token.claims["iss"]?.stringValue ?? "") {
            return .refused(.unauthorized, reason: "authorizer \(name): the token's issuer is not "
                            + issuers.joined(separator: " or "))
        }
        // REST APIs refuse a token without the method's scopes as unauthorized, not forbidden.
        if !requiredScopes.isEmpty, !token.scopes.contains(where: requiredScopes.contains) {
            return .refused(.unauthorized, reason: "authorizer \(name): the token has none of the scopes "
                            + requiredScopes.joined(separator: ", "))
        }
        return .allowed(.token(AuthorizerClaims(claims: ClaimText.restAPI(token.claims), scopes: token.scopes)))
    }
}

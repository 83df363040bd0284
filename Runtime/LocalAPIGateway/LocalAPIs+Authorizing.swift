#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension LocalAPIs {
    /// Where a Lambda authorizer leaves a request: decided already (no identity, a token the
    /// validation expression refuses, an answer kept from earlier), or to be asked.
    enum LambdaStep {
        case decided(AuthorizationOutcome)
        case ask(LambdaAuthorization)
    }

    /// The first half of a Lambda authorizer's work, before its function runs.
    func lambdaAuthorization(_ request: RequestFacts, match: RouteMatch, api: LocalAPI,
                             reference: LambdaAuthorizerReference) -> LambdaStep {
        let name = reference.name
        guard let identity = identityValues(request, reference: reference) else {
            return .decided(.refused(.unauthorized, reason: "authorizer \(name): the request lacks "
                                     + reference.identitySources.map(\.description).joined(separator: " or ")))
        }
        let methodARN = LambdaAuthorizerEvent.methodARN(request, api: api, reference: reference)
        let cacheKey = reference.resultTTL > 0
            ? AuthorizerCache.Key(apiLogicalId: api.logicalId, authorizer: name, identity: identity) : nil
        // A kept answer is for a token that passed the validation expression already: checking
        // the cache first keeps compiling the expression off requests that need no run.
        if let cacheKey, let answer = authorizerCache.answer(for: cacheKey, now: Date(timeIntervalSince1970: request.secondsSince1970)) {
            return .decided(outcome(of: answer, reference: reference, api: api, methodARN: methodARN))
        }
        if let expression = reference.validationExpression, let token = identity.first {
            guard let pattern = try? Regex(expression), (try? pattern.firstMatch(in: token)) != nil else {
                return .decided(.refused(.unauthorized, reason: "authorizer \(name): the token does not match "
                                         + "its ValidationExpression \(expression)"))
            }
        }
        let event: [UInt8]
        do {
            event = try LambdaAuthorizerEvent.bytes(request, match: match, api: api, reference: reference,
                                                    identity: identity, methodARN: methodARN)
        } catch {
            return .decided(.refused(.authorizerFailure(api.kind), reason: "authorizer \(name): its event could not be encoded: \(error)"))
        }
        return .ask(LambdaAuthorization(
            functionLogicalId: reference.functionLogicalId ?? "", event: event, authorizerName: name,
            request: request, match: match, api: api, reference: reference, cacheKey: cacheKey,
            methodARN: methodARN))
    }

    /// Goes on with a request once its Lambda authorizer's function has answered (or failed): an
    /// immediate response (401, 403, 500) or the route's function with the authorizer's context.
    ///
    /// As API Gateway reads the function: an error whose message is `Unauthorized` is a 401; any
    /// other error, a timeout or an answer it cannot use is a 500; a policy that denies the method
    /// or allows nothing for it, or `isAuthorized: false`, is a 403.
    public func resume(_ authorization: LambdaAuthorization, with result: InvocationResult) -> GatewayDecision {
        let reference = authorization.reference
        let api = authorization.api
        let name = reference.name
        let outcome: AuthorizationOutcome
        switch result {
        case .response(let bytes):
            switch LambdaAuthorizerAnswer.read(bytes, simpleResponses: reference.simpleResponses, restAPI: api.kind == .rest) {
            case .success(let answer):
                if let key = authorization.cacheKey {
                    authorizerCache.keep(answer, for: key, seconds: reference.resultTTL,
                                         now: Date(timeIntervalSince1970: authorization.request.secondsSince1970))
                }
                outcome = self.outcome(of: answer, reference: reference, api: api, methodARN: authorization.methodARN)
            case .failure(let problem):
                outcome = .refused(.authorizerFailure(api.kind), reason: "authorizer \(name) answered what API Gateway "
                                   + "cannot use: \(problem.text)")
            }
        case .functionError(let text) where text == "Unauthorized" || text.hasSuffix(": Unauthorized"):
            outcome = .refused(.unauthorized, reason: "authorizer \(name) answered Unauthorized")
        case .functionError(let text):
            outcome = .refused(.authorizerFailure(api.kind), reason: "authorizer \(name) failed: \(text)")
        case .timedOut:
            outcome = .refused(.authorizerFailure(api.kind), reason: "authorizer \(name) timed out")
        }
        let decision = invocation(authorization.request, match: authorization.match, api: api, after: outcome)
        return gatewayDecision(decision, requestID: authorization.request.requestID)
    }

    /// What an answer says about calling `methodARN`.
    private func outcome(of answer: LambdaAuthorizerAnswer, reference: LambdaAuthorizerReference, api: LocalAPI,
                         methodARN: String) -> AuthorizationOutcome {
        let passed = AuthorizerOutput.lambda(LambdaAuthorizerContext(principalId: answer.principalId, context: answer.context))
        switch answer.verdict {
        case .simple(let isAuthorized):
            return isAuthorized ? .allowed(passed)
                : .refused(.forbidden, reason: "authorizer \(reference.name) answered isAuthorized false")
        case .policy(let statements):
            switch LambdaAuthorizerAnswer.decision(of: statements, for: methodARN) {
            case .allowed:
                return .allowed(passed)
            case .explicitlyDenied:
                return .refused(api.kind == .rest ? .explicitDeny : .forbidden,
                                reason: "authorizer \(reference.name)'s policy denies \(methodARN)")
            case .notAllowed:
                return .refused(api.kind == .rest ? .notAuthorizedForResource : .forbidden,
                                reason: "authorizer \(reference.name)'s policy allows nothing that matches \(methodARN)")
            }
        }
    }

    /// The values of the authorizer's identity sources in the request; `nil` when one is missing
    /// or empty, which API Gateway answers with 401 without running the authorizer.
    func identityValues(_ request: RequestFacts, reference: LambdaAuthorizerReference) -> [String]? {
        var values: [String] = []
        for source in reference.identitySources {
            guard let value = source.value(in: request) else { return nil }
            values.append(value)
        }
        return values
    }
}

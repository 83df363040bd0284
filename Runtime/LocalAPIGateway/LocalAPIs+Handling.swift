#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension LocalAPIs {
    /// Decides what to do with a client's request: answer it at once, or invoke a function.
    ///
    /// - Parameters:
    ///   - request: The request as received.
    ///   - requestID: The ID the event and the response headers carry; use the invocation's
    ///     request ID so that logs line up.
    ///   - now: When the request arrived.
    public func handle(_ request: ClientRequest, requestID: String, now: Date) -> GatewayDecision {
        let facts = RequestFacts(request, requestID: requestID, now: now)
        return gatewayDecision(decide(facts), requestID: requestID)
    }

    /// A decision, with the kind of API that gives an immediate response (for its request ID header).
    enum Decision {
        case respond(GatewayResponse, reason: String, kind: APIKind)
        case invoke(FunctionInvocation)
        case authorize(LambdaAuthorization)
    }

    /// The decision as the server sees it, responses stamped with the request ID.
    func gatewayDecision(_ decision: Decision, requestID: String) -> GatewayDecision {
        switch decision {
        case .respond(var response, let reason, let kind):
            stamp(&response, kind: kind, requestID: requestID)
            return .respond(response, reason: reason)
        case .invoke(let invocation):
            return .invoke(invocation)
        case .authorize(let authorization):
            return .authorize(authorization)
        }
    }

    private func decide(_ request: RequestFacts) -> Decision {
        let fallbackKind = self.fallbackKind
        guard request.client.body.count <= Self.maximumBodySize else {
            return .respond(.requestTooLong, reason: "the body is \(request.client.body.count) bytes; API Gateway "
                            + "accepts at most \(Self.maximumBodySize)", kind: fallbackKind)
        }
        guard let path = request.path else {
            return noRoute(request, kind: fallbackKind)
        }
        // The route that would serve the path for some method says which API is in charge of it.
        let owner = table.matchIgnoringMethod(path: path)
        let ownerAPI = owner.flatMap { apisByLogicalId[$0.route.apiLogicalId] }
        if request.method == "OPTIONS", let preflight = preflight(request, path: path, owner: owner, ownerAPI: ownerAPI) {
            return preflight
        }
        guard let match = table.match(method: request.method, path: path),
              let api = apisByLogicalId[match.route.apiLogicalId]
        else {
            return noRoute(request, kind: ownerAPI?.kind ?? fallbackKind)
        }
        return invocation(request, match: match, api: api)
    }

    private func invocation(_ request: RequestFacts, match: RouteMatch, api: LocalAPI) -> Decision {
        let route = match.route
        var outcome = route.authorization.check(request, routeKey: route.routeKey, requiredScopes: route.authorizationScopes)
        if case .askLambda(let reference) = outcome {
            switch lambdaAuthorization(request, match: match, api: api, reference: reference) {
            case .decided(let decided): outcome = decided
            case .ask(let authorization): return .authorize(authorization)
            }
        }
        return invocation(request, match: match, api: api, after: outcome)
    }

    /// The route's function invoked with its event, once the route's authorization has decided.
    func invocation(_ request: RequestFacts, match: RouteMatch, api: LocalAPI, after outcome: AuthorizationOutcome) -> Decision {
        let route = match.route
        var warnings: [String] = []
        var output: AuthorizerOutput?
        switch outcome {
        case .allowed(let passed):
            output = passed
        case .refused(let response, let reason):
            return .respond(response, reason: reason, kind: api.kind)
        case .notChecked(let warning):
            warnings.append(warning)
        case .askLambda(let reference):
            // Resolved by the caller; reaching here would be a mistake in this file.
            return .respond(.authorizerFailure(api.kind), reason: "authorizer \(reference.name) was not run", kind: api.kind)
        }
        let event: [UInt8]
        do {
            event = route.payloadVersion == .v1
                ? try VersionOneEvent.bytes(request, match: match, api: api, authorizer: output)
                : try VersionTwoEvent.bytes(request, match: match, api: api, authorizer: output)
        } catch {
            return .respond(.internalServerError, reason: "the event could not be encoded: \(error)", kind: api.kind)
        }
        guard event.count <= Self.maximumEventSize else {
            return .respond(.requestTooLong, reason: "the event is \(event.count) bytes, over Lambda's limit of "
                            + "\(Self.maximumEventSize) for an invocation's payload", kind: api.kind)
        }
        return .invoke(FunctionInvocation(
            functionLogicalId: route.functionLogicalId, event: event, route: route, api: api,
            requestID: request.requestID, warnings: warnings,
            tenantID: api.kind == .rest ? request.client.headers.value(of: "X-Amz-Tenant-Id") : nil,
            origin: request.origin))
    }

    /// A CORS preflight the gateway answers itself, or `nil` when the request goes to a route.
    private func preflight(_ request: RequestFacts, path: RequestPath, owner: RouteMatch?,
                           ownerAPI: LocalAPI?) -> Decision? {
        let isBrowserPreflight = request.origin != nil
            && request.client.headers.contains("Access-Control-Request-Method")
        // HTTP APIs answer preflights even on paths without routes.
        let httpAPI: LocalAPI?
        if let ownerAPI {
            httpAPI = ownerAPI.kind == .http ? ownerAPI : nil
        } else {
            httpAPI = apis.first { $0.kind == .http && $0.httpCORS != nil }
        }
        if isBrowserPreflight, let httpAPI, let cors = httpAPI.httpCORS {
            return .respond(cors.preflightResponse(origin: request.origin), reason: "CORS preflight", kind: .http)
        }
        guard let owner, let api = ownerAPI, api.kind == .rest, let cors = api.restCORS else { return nil }
        // SAM adds the OPTIONS method only where the path has none of its own.
        let sameResource = routes.filter { $0.apiLogicalId == api.logicalId && $0.template == owner.route.template }
        guard !sameResource.contains(where: { $0.method == "OPTIONS" }) else { return nil }
        var outcome = api.preflightAuthorization.check(request, routeKey: "OPTIONS \(owner.route.path)", requiredScopes: [])
        if case .askLambda(let reference) = outcome, identityValues(request, reference: reference) == nil {
            // Without the identity, API Gateway refuses before the authorizer runs; with it, the
            // preflight is answered without running the authorizer's function here.
            outcome = .refused(.unauthorized, reason: "authorizer \(reference.name): the preflight lacks its identity")
        }
        switch outcome {
        case .refused(let response, let reason):
            return .respond(response, reason: "CORS preflight refused: \(reason) (the API's DefaultAuthorizer applies "
                            + "to preflights unless Auth.AddDefaultAuthorizerToCorsPreflight is false)", kind: .rest)
        case .allowed, .notChecked, .askLambda:
            return .respond(cors.preflightResponse(routeMethods: sameResource.map(\.method)),
                            reason: "CORS preflight", kind: .rest)
        }
    }

    private func noRoute(_ request: RequestFacts, kind: APIKind) -> Decision {
        let reason = "no route for \(request.method) \(request.client.path)"
        return .respond(kind == .rest ? .missingAuthenticationToken : .notFound, reason: reason, kind: kind)
    }

    /// The kind of API that answers a request no route claims: a REST API when there is one.
    private var fallbackKind: APIKind {
        if routes.contains(where: { $0.apiKind == .rest }) { return .rest }
        if routes.contains(where: { $0.apiKind == .http }) { return .http }
        return apis.contains { $0.kind == .rest } ? .rest : .http
    }

    /// Adds the request ID header each kind of API puts on every response.
    func stamp(_ response: inout GatewayResponse, kind: APIKind, requestID: String) {
        response.headers.append(HTTPHeader(kind == .rest ? "x-amzn-RequestId" : "apigw-requestid", requestID))
    }
}

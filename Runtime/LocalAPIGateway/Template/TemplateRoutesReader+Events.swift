import SAMTemplate

extension TemplateRoutesReader {
    /// One `Api` or `HttpApi` event of a function: its route.
    mutating func readRoute(of function: FunctionDefinition, event: FunctionEventSource) throws(LocalAPIError) {
        let kind: APIKind = event.type == "Api" ? .rest : .http
        let subject = "\(place(event.location.line)): event \(event.name) of function \(function.logicalId)"
        let properties = event.properties
        guard properties.map != nil else {
            warn("\(subject): its Properties cannot be resolved locally; the route is not served")
            return
        }
        let path = properties["Path"]
        let method = properties["Method"]
        if path?.isUnresolved == true || method?.isUnresolved == true {
            warn("\(subject): its Path or Method cannot be resolved locally; the route is not served")
            return
        }

        let template: PathTemplate?
        let routeMethod: String
        switch (path?.string, method?.string) {
        case (let path?, let method?):
            do {
                template = try PathTemplate(parsing: path)
            } catch {
                throw LocalAPIError("\(subject): Path \(path) \(error.description)")
            }
            routeMethod = Self.normalizedMethod(method)
        case (nil, nil) where kind == .http:
            template = nil
            routeMethod = "ANY"
        default:
            throw LocalAPIError("\(subject) needs both Path and Method" + (kind == .http ? ", or neither for $default" : ""))
        }

        let apiLogicalId = try api(for: properties[kind == .rest ? "RestApiId" : "ApiId"], kind: kind, subject: subject)
        let payloadVersion: PayloadVersion
        switch kind {
        case .rest:
            payloadVersion = .v1
        case .http:
            let written = properties["PayloadFormatVersion"]?.scalarText ?? PayloadVersion.v2.rawValue
            guard let version = PayloadVersion(rawValue: written == "1" ? "1.0" : written == "2" ? "2.0" : written) else {
                throw LocalAPIError("\(subject): PayloadFormatVersion \(written) is neither 1.0 nor 2.0")
            }
            payloadVersion = version
        }

        let auth = properties["Auth"]
        let authorizerName = auth?["Authorizer"]?.string
        guard let authorization = authByAPI[apiLogicalId, default: APIAuth()].authorization(named: authorizerName) else {
            throw LocalAPIError("\(subject): Auth.Authorizer \(authorizerName ?? "") is not an authorizer of API \(apiLogicalId)")
        }
        append(Route(
            apiLogicalId: apiLogicalId,
            apiKind: kind,
            method: routeMethod,
            template: template,
            functionLogicalId: function.logicalId,
            eventName: event.name,
            payloadVersion: payloadVersion,
            authorization: authorization,
            authorizationScopes: auth?["AuthorizationScopes"]?.stringList ?? []))
    }

    /// `get` → `GET`; `any` and OpenAPI's `x-amazon-apigateway-any-method` → `ANY`.
    static func normalizedMethod(_ method: String) -> String {
        let upper = method.trimmingWhitespace().uppercased()
        return upper == "X-AMAZON-APIGATEWAY-ANY-METHOD" ? "ANY" : upper
    }

    /// The API an event names with `RestApiId` / `ApiId`, or the implicit one.
    private mutating func api(for reference: ResolvedValue?, kind: APIKind,
                              subject: String) throws(LocalAPIError) -> String {
        guard let reference, !reference.isNull else { return try implicitAPI(kind) }
        let property = kind == .rest ? "RestApiId" : "ApiId"
        guard let name = reference.string else {
            throw LocalAPIError("\(subject): \(property) cannot be resolved locally; use !Ref to an API of this template")
        }
        guard apis.contains(where: { $0.logicalId == name && $0.kind == kind }) else {
            let type = kind == .rest ? "AWS::Serverless::Api" : "AWS::Serverless::HttpApi"
            throw LocalAPIError("\(subject): \(property) \(name) is not an \(type) of this template")
        }
        return name
    }
}

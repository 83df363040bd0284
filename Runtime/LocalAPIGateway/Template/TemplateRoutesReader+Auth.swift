import SAMTemplate

extension TemplateRoutesReader {
    /// An API's `Auth`: `Authorizers`, `DefaultAuthorizer` and, for REST APIs,
    /// `AddDefaultAuthorizerToCorsPreflight`.
    mutating func readAuth(_ value: ResolvedValue?, apiLogicalId: String, kind: APIKind,
                           line: Int) throws(LocalAPIError) -> APIAuth {
        var auth = APIAuth()
        guard let value, !value.isNull else { return auth }
        guard value.map != nil else {
            warn("\(place(line)): API \(apiLogicalId): Auth cannot be resolved locally; its routes are open")
            return auth
        }
        for (name, settings) in (value["Authorizers"]?.map ?? [:]).sorted(by: { $0.key < $1.key }) {
            auth.authorizers[name] = try readAuthorizer(name, settings, apiLogicalId: apiLogicalId, kind: kind, line: line)
        }
        if let name = value["DefaultAuthorizer"]?.string {
            guard auth.authorization(named: name) != nil || name == "AWS_IAM" else {
                throw LocalAPIError("\(place(line)): API \(apiLogicalId): DefaultAuthorizer \(name) is not one of its "
                                    + "Authorizers (\(auth.authorizers.keys.sorted().joined(separator: ", ")))")
            }
            auth.defaultAuthorizer = name
        }
        auth.addDefaultAuthorizerToCorsPreflight = value["AddDefaultAuthorizerToCorsPreflight"]?.bool ?? true
        return auth
    }

    private mutating func readAuthorizer(_ name: String, _ settings: ResolvedValue, apiLogicalId: String,
                                         kind: APIKind, line: Int) throws(LocalAPIError) -> RouteAuthorization {
        let subject = "\(place(line)): API \(apiLogicalId): authorizer \(name)"
        if let functionARN = settings["FunctionArn"] {
            return .lambda(try readLambdaAuthorizer(name, settings, functionARN: functionARN, kind: kind, subject: subject))
        }
        switch kind {
        case .rest:
            guard let pools = settings["UserPoolArn"] else {
                throw LocalAPIError("\(subject) has neither UserPoolArn nor FunctionArn")
            }
            return .cognito(CognitoAuthorizer(
                name: name,
                userPoolARNs: pools.stringList ?? pools.string.map { [$0] } ?? [],
                headerName: settings["Identity"]?["Header"]?.string ?? "Authorization"))
        case .http:
            guard let jwt = settings["JwtConfiguration"] else {
                throw LocalAPIError("\(subject) has neither JwtConfiguration nor FunctionArn")
            }
            let sourceText = settings["IdentitySource"]?.string ?? "$request.header.Authorization"
            guard let source = TokenSource(identitySource: sourceText) else {
                throw LocalAPIError("\(subject): IdentitySource \(sourceText) is not $request.header.<name> "
                                    + "or $request.querystring.<name>")
            }
            let audience = jwt["audience"] ?? jwt["Audience"]
            return .jwt(JWTAuthorizer(
                name: name,
                issuer: (jwt["issuer"] ?? jwt["Issuer"])?.string,
                audiences: audience?.stringList ?? audience?.string.map { [$0] } ?? [],
                tokenSource: source,
                defaultScopes: settings["AuthorizationScopes"]?.stringList ?? []))
        }
    }

    /// A Lambda authorizer, as SAM reads it for each kind of API: REST APIs' `FunctionPayloadType`
    /// (TOKEN, the default, or REQUEST), HTTP APIs' `AuthorizerPayloadFormatVersion` and
    /// `EnableSimpleResponses`, and `Identity` for both.
    private func readLambdaAuthorizer(_ name: String, _ settings: ResolvedValue, functionARN: ResolvedValue,
                                      kind: APIKind, subject: String) throws(LocalAPIError) -> LambdaAuthorizerReference {
        let arn = functionARN.string
        let identity = settings["Identity"]
        let payloadType: String
        var sources: [TokenSource] = []
        switch kind {
        case .rest:
            payloadType = settings["FunctionPayloadType"]?.string ?? "TOKEN"
            guard payloadType == "TOKEN" || payloadType == "REQUEST" else {
                throw LocalAPIError("\(subject): FunctionPayloadType \(payloadType) is not TOKEN or REQUEST")
            }
            if payloadType == "TOKEN" {
                sources = [.header(identity?["Header"]?.string ?? "Authorization")]
            }
        case .http:
            payloadType = settings["AuthorizerPayloadFormatVersion"]?.scalarText ?? "2.0"
            guard payloadType == "1.0" || payloadType == "2.0" else {
                throw LocalAPIError("\(subject): AuthorizerPayloadFormatVersion \(payloadType) is not 1.0 or 2.0")
            }
        }
        if payloadType != "TOKEN" {
            sources = (identity?["Headers"]?.stringList ?? []).map(TokenSource.header)
                + (identity?["QueryStrings"]?.stringList ?? []).map(TokenSource.queryString)
        }
        let simple = settings["EnableSimpleResponses"]?.bool ?? false
        if simple, payloadType != "2.0" {
            throw LocalAPIError("\(subject): EnableSimpleResponses needs AuthorizerPayloadFormatVersion 2.0")
        }
        let validation = payloadType == "TOKEN" ? identity?["ValidationExpression"]?.string : nil
        if let validation, (try? Regex(validation)) == nil {
            throw LocalAPIError("\(subject): ValidationExpression \(validation) is not a regular expression")
        }
        // SAM's default for REST APIs; an HTTP API's authorizer caches only when told to.
        let ttl = identity?["ReauthorizeEvery"]?.scalarText.flatMap { Int($0) } ?? (kind == .rest ? 300 : 0)
        guard (0...3_600).contains(ttl) else {
            throw LocalAPIError("\(subject): ReauthorizeEvery \(ttl) is not between 0 and 3600 seconds")
        }
        return LambdaAuthorizerReference(
            name: name,
            functionARN: arn,
            functionLogicalId: arn.flatMap(functionLogicalId(forARN:)),
            payloadType: payloadType,
            identitySources: sources,
            validationExpression: validation,
            resultTTL: sources.isEmpty ? 0 : ttl,
            simpleResponses: simple)
    }

    /// The template's function an ARN such as `arn:aws:lambda:us-east-1:123456789012:function:Auth`
    /// names, by `FunctionName` or logical ID.
    private func functionLogicalId(forARN arn: String) -> String? {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 7, parts[2] == "lambda", parts[5] == "function" else { return nil }
        return template.function(named: String(parts[6]))?.logicalId
    }
}

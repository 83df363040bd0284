import SAMTemplate

extension TemplateRoutesReader {
    /// The logical IDs SAM gives the APIs it creates for events that name none.
    static func implicitAPIName(_ kind: APIKind) -> String {
        kind == .rest ? "ServerlessRestApi" : "ServerlessHttpApi"
    }

    /// The implicit API of this kind, created on first use from the `Globals` section that applies to it.
    mutating func implicitAPI(_ kind: APIKind) throws(LocalAPIError) -> String {
        let name = Self.implicitAPIName(kind)
        if apis.contains(where: { $0.logicalId == name }) { return name }
        var properties = ResolvedValue.map([:])
        if let global = template.globals[kind == .rest ? "Api" : "HttpApi"] {
            do {
                properties = try template.resolve(global) ?? .map([:])
            } catch {
                throw LocalAPIError(error.description)
            }
        }
        try addAPI(logicalId: name, kind: kind, properties: properties, isImplicit: true, line: 1)
        return name
    }

    mutating func addAPI(logicalId: String, kind: APIKind, properties: ResolvedValue, isImplicit: Bool,
                         line: Int) throws(LocalAPIError) {
        let stageName: String
        if isImplicit {
            stageName = kind == .rest ? "Prod" : "$default"
        } else if let written = properties["StageName"], let text = written.scalarText, !text.isEmpty {
            stageName = text
        } else {
            stageName = kind == .rest ? "Prod" : "$default"
            if kind == .rest {
                warn("\(place(line)): API \(logicalId) has no StageName that can be resolved locally; using Prod")
            }
        }
        for definition in ["DefinitionBody", "DefinitionUri"] where properties[definition] != nil {
            warn("\(place(line)): API \(logicalId): routes written in its \(definition) are not served locally; "
                 + "only the routes of function events are")
        }
        let variables = properties[kind == .rest ? "Variables" : "StageVariables"]?.map ?? [:]
        let auth = try readAuth(properties["Auth"], apiLogicalId: logicalId, kind: kind, line: line)
        var api = LocalAPI(
            logicalId: logicalId,
            kind: kind,
            isImplicit: isImplicit,
            apiId: StableIdentifier.alphanumeric(logicalId, length: 10),
            stageName: stageName,
            stageVariables: variables.compactMapValues(\.scalarText),
            binaryMediaTypes: (properties["BinaryMediaTypes"]?.stringList ?? []).map { $0.replacing("~1", with: "/") })
        switch kind {
        case .rest:
            api.restCORS = try readRESTCORS(properties["Cors"], apiLogicalId: logicalId, line: line)
            api.preflightAuthorization = auth.preflightAuthorization
        case .http:
            api.httpCORS = try readHTTPCORS(properties["CorsConfiguration"], apiLogicalId: logicalId, line: line)
        }
        append(api, auth: auth)
    }
}

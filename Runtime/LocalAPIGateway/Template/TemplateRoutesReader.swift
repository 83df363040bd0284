import SAMTemplate

/// Reads the template's APIs and the routes its functions' `Api` and `HttpApi` events declare,
/// as the SAM transform would create them.
struct TemplateRoutesReader {
    let template: SAMTemplate
    private(set) var apis: [LocalAPI] = []
    private(set) var routes: [Route] = []
    private(set) var warnings: [String] = []
    var authByAPI: [String: APIAuth] = [:]

    init(template: SAMTemplate) {
        self.template = template
    }

    mutating func read() throws(LocalAPIError) {
        for resource in template.resources(ofType: "AWS::Serverless::Api") {
            try addAPI(logicalId: resource.logicalId, kind: .rest, properties: resource.properties,
                       isImplicit: false, line: resource.line)
        }
        for resource in template.resources(ofType: "AWS::Serverless::HttpApi") {
            try addAPI(logicalId: resource.logicalId, kind: .http, properties: resource.properties,
                       isImplicit: false, line: resource.line)
        }
        let functions = template.functions.values.sorted { ($0.line, $0.logicalId) < ($1.line, $1.logicalId) }
        for function in functions {
            let events = function.events.values.sorted { ($0.location.line, $0.name) < ($1.location.line, $1.name) }
            for event in events where event.type == "Api" || event.type == "HttpApi" {
                try readRoute(of: function, event: event)
            }
        }
        dropUnreachableRoutes()
        warnAboutAPIsWithoutRoutes()
    }

    /// `template.yaml:12`, for messages.
    func place(_ line: Int) -> String {
        "\(template.fileName):\(line)"
    }

    mutating func warn(_ message: String) {
        warnings.append(message)
    }

    mutating func append(_ api: LocalAPI, auth: APIAuth) {
        apis.append(api)
        authByAPI[api.logicalId] = auth
    }

    mutating func append(_ route: Route) {
        routes.append(route)
    }

    /// One port serves every API, so two routes with the same method and path shape cannot both
    /// be reached: the first declared keeps it.
    private mutating func dropUnreachableRoutes() {
        var owners: [String: Route] = [:]
        var kept: [Route] = []
        for route in routes {
            let key = route.isDefault ? Route.defaultRouteKey : "\(route.method) \(route.template?.shape ?? route.path)"
            if let owner = owners[key] {
                warn("\(route.routeKey) of function \(route.functionLogicalId) (event \(route.eventName), API "
                     + "\(route.apiLogicalId)) is never reached locally: \(owner.routeKey) of function "
                     + "\(owner.functionLogicalId) (API \(owner.apiLogicalId)) already serves it, and lambda-local "
                     + "serves every API on one port")
                continue
            }
            owners[key] = route
            kept.append(route)
        }
        routes = kept
    }

    private mutating func warnAboutAPIsWithoutRoutes() {
        for api in apis where !api.isImplicit && !routes.contains(where: { $0.apiLogicalId == api.logicalId }) {
            warn("API \(api.logicalId) has no routes: no function event names it")
        }
    }
}

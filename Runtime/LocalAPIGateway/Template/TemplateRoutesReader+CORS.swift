import SAMTemplate

extension TemplateRoutesReader {
    /// `Cors` of a REST API: a quoted origin such as `"'*'"`, or a mapping of quoted values.
    mutating func readRESTCORS(_ value: ResolvedValue?, apiLogicalId: String,
                               line: Int) throws(LocalAPIError) -> RESTCORS? {
        guard let value, !value.isNull else { return nil }
        if value.isUnresolved {
            warn("\(place(line)): API \(apiLogicalId): Cors cannot be resolved locally; CORS preflights are not answered")
            return nil
        }
        if let origin = value.string {
            return RESTCORS(allowOrigin: unquoted(origin, setting: "Cors", api: apiLogicalId, line: line))
        }
        guard value.map != nil else {
            throw LocalAPIError("\(place(line)): API \(apiLogicalId): Cors must be a quoted origin or a mapping")
        }
        guard let origin = value["AllowOrigin"]?.scalarText else {
            throw LocalAPIError("\(place(line)): API \(apiLogicalId): Cors needs AllowOrigin")
        }
        func setting(_ name: String) -> String? {
            value[name]?.scalarText.map { unquoted($0, setting: "Cors.\(name)", api: apiLogicalId, line: line) }
        }
        return RESTCORS(
            allowOrigin: unquoted(origin, setting: "Cors.AllowOrigin", api: apiLogicalId, line: line),
            allowMethods: setting("AllowMethods"),
            allowHeaders: setting("AllowHeaders"),
            maxAge: setting("MaxAge"),
            allowCredentials: value["AllowCredentials"]?.bool ?? false)
    }

    /// SAM writes REST CORS values as header mapping expressions, so a literal must be in single
    /// quotes; without them the deployment fails, so say so, and use the text as written.
    private mutating func unquoted(_ text: String, setting: String, api: String, line: Int) -> String {
        if text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'") { return String(text.dropFirst().dropLast()) }
        warn("\(place(line)): API \(api): \(setting) is \(text) without single quotes; SAM needs \"'\(text)'\"")
        return text
    }

    /// `CorsConfiguration` of an HTTP API: `true` (any origin) or a mapping of lists.
    mutating func readHTTPCORS(_ value: ResolvedValue?, apiLogicalId: String,
                               line: Int) throws(LocalAPIError) -> HTTPCORS? {
        guard let value, !value.isNull else { return nil }
        if value.isUnresolved {
            warn("\(place(line)): API \(apiLogicalId): CorsConfiguration cannot be resolved locally; CORS is off")
            return nil
        }
        if let flag = value.bool { return flag ? HTTPCORS(allowOrigins: ["*"]) : nil }
        if let origin = value.string { return HTTPCORS(allowOrigins: [origin]) }
        guard value.map != nil else {
            throw LocalAPIError("\(place(line)): API \(apiLogicalId): CorsConfiguration must be true or a mapping")
        }
        func list(_ name: String) -> [String] {
            value[name]?.stringList ?? value[name]?.scalarText.map { [$0] } ?? []
        }
        return HTTPCORS(
            allowOrigins: list("AllowOrigins"),
            allowMethods: list("AllowMethods"),
            allowHeaders: list("AllowHeaders"),
            exposeHeaders: list("ExposeHeaders"),
            maxAge: value["MaxAge"]?.int,
            allowCredentials: value["AllowCredentials"]?.bool ?? false)
    }
}

/// A payload 1.0 answer: a JSON object with `statusCode`, and optionally `headers`,
/// `multiValueHeaders`, `body` and `isBase64Encoded`.
enum VersionOneAnswer {
    static let members: Set<String> = ["statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"]

    /// REST APIs refuse any other member ("Malformed Lambda proxy response"); HTTP APIs ignore them.
    static func response(_ bytes: [UInt8], apiKind: APIKind) throws(MalformedProxyResponse) -> GatewayResponse {
        guard let object = try ProxyAnswer.json(bytes).objectValue else {
            throw MalformedProxyResponse("the function's answer is not a JSON object with a statusCode")
        }
        if apiKind == .rest, let extra = object.keys.sorted().first(where: { !members.contains($0) }) {
            throw MalformedProxyResponse("the answer has the member '\(extra)', which a REST API proxy response cannot have")
        }
        let status = try ProxyAnswer.statusCode(object["statusCode"])
        let single = try ProxyAnswer.object(object["headers"], member: "headers")
        let multiple = try ProxyAnswer.object(object["multiValueHeaders"], member: "multiValueHeaders")

        // Both maps apply; a name in multiValueHeaders keeps all its values there, and the
        // headers value joins them unless it repeats one.
        var headers: [HTTPHeader] = []
        var multipleValues: [String: [String]] = [:]
        for name in multiple.keys.sorted() {
            guard let value = multiple[name], !value.isNull else { continue }
            guard let list = value.arrayValue else { throw MalformedProxyResponse("multiValueHeaders.\(name) is not a list") }
            var values: [String] = []
            for element in list {
                if let text = try ProxyAnswer.headerText(element, name: name) { values.append(text) }
            }
            multipleValues[name.lowercased(), default: []] += values
        }
        for name in single.keys.sorted() {
            guard let value = single[name], let text = try ProxyAnswer.headerText(value, name: name) else { continue }
            if multipleValues[name.lowercased()]?.contains(text) == true { continue }
            headers.append(HTTPHeader(name, text))
        }
        for name in multiple.keys.sorted() {
            for value in multipleValues[name.lowercased()] ?? [] { headers.append(HTTPHeader(name, value)) }
            multipleValues[name.lowercased()] = nil
        }
        if !headers.contains("Content-Type") {
            headers.append(HTTPHeader("Content-Type", apiKind == .rest ? "application/json" : "text/plain; charset=utf-8"))
        }
        let body = try ProxyAnswer.body(object["body"], isBase64Encoded: object["isBase64Encoded"])
        return GatewayResponse(status: status, headers: ProxyAnswer.wireSafe(headers), body: body)
    }
}

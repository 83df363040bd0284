/// A payload 2.0 answer: either a JSON object with `statusCode` (and optionally `headers`,
/// `cookies`, `body`, `isBase64Encoded`), or any other JSON, which an HTTP API sends as the body
/// of a 200 `application/json` response.
enum VersionTwoAnswer {
    static func response(_ bytes: [UInt8]) throws(MalformedProxyResponse) -> GatewayResponse {
        let json = try ProxyAnswer.json(bytes)
        guard let object = json.objectValue, object["statusCode"] != nil else {
            return GatewayResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: bytes)
        }
        let status = try ProxyAnswer.statusCode(object["statusCode"])
        let single = try ProxyAnswer.object(object["headers"], member: "headers")
        var headers: [HTTPHeader] = []
        for name in single.keys.sorted() {
            guard let value = single[name], let text = try ProxyAnswer.headerText(value, name: name) else { continue }
            headers.append(HTTPHeader(name, text))
        }
        switch object["cookies"] {
        case nil, .null?:
            break
        case .array(let cookies)?:
            for cookie in cookies {
                guard let text = try ProxyAnswer.headerText(cookie, name: "Set-Cookie") else { continue }
                headers.append(HTTPHeader("Set-Cookie", text))
            }
        default:
            throw MalformedProxyResponse("cookies is not a list")
        }
        if !headers.contains("Content-Type") { headers.append(HTTPHeader("Content-Type", "text/plain; charset=utf-8")) }
        let body = try ProxyAnswer.body(object["body"], isBase64Encoded: object["isBase64Encoded"])
        return GatewayResponse(status: status, headers: ProxyAnswer.wireSafe(headers), body: body)
    }
}

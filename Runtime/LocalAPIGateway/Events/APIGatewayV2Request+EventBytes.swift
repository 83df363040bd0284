import LambdaEvents

extension APIGatewayV2Request {
    /// The event as the JSON JSONEncoder writes for it (sorted keys, unescaped slashes), written
    /// directly: an HTTP API builds one for every request, and Codable's containers cost more than
    /// the rest of the request's handling in lambda-local. `nil` when the event carries members
    /// left to JSONEncoder (a Lambda or IAM authorizer, an authentication block), which HTTP API
    /// routes with JWT authorizers or none never have.
    var eventBytes: [UInt8]? {
        let context = requestContext
        if context.authentication != nil { return nil }
        if let authorizer = context.authorizer, authorizer.lambda != nil || authorizer.iam != nil { return nil }

        var json = JSONBytesWriter(capacity: 768 + (body?.utf8.count ?? 0))
        // Members in sorted order, as JSONEncoder's .sortedKeys writes them; empty maps and an
        // empty cookie list are left out, as the model's encode(to:) leaves them out.
        json.beginObject()
        if let body {
            json.key("body")
            json.string(body)
        }
        if !cookies.isEmpty {
            json.key("cookies")
            json.stringArray(cookies)
        }
        json.key("headers")
        json.stringMap(headers)
        json.key("isBase64Encoded")
        json.bool(isBase64Encoded)
        if !pathParameters.isEmpty {
            json.key("pathParameters")
            json.stringMap(pathParameters)
        }
        if !queryStringParameters.isEmpty {
            json.key("queryStringParameters")
            json.stringMap(queryStringParameters)
        }
        json.key("rawPath")
        json.string(rawPath)
        json.key("rawQueryString")
        json.string(rawQueryString)

        json.key("requestContext")
        json.beginObject()
        json.key("accountId")
        json.string(context.accountId)
        json.key("apiId")
        json.string(context.apiId)
        if let jwt = context.authorizer?.jwt {
            json.key("authorizer")
            json.beginObject()
            json.key("jwt")
            json.beginObject()
            json.key("claims")
            json.stringMap(jwt.claims)
            if let scopes = jwt.scopes {
                json.key("scopes")
                json.stringArray(scopes)
            }
            json.endObject()
            json.endObject()
        } else if context.authorizer != nil {
            json.key("authorizer")
            json.beginObject()
            json.endObject()
        }
        json.key("domainName")
        json.string(context.domainName)
        json.key("domainPrefix")
        json.string(context.domainPrefix)
        json.key("http")
        json.beginObject()
        json.key("method")
        json.string(context.http.method)
        json.key("path")
        json.string(context.http.path)
        json.key("protocol")
        json.string(context.http.protocol)
        json.key("sourceIp")
        json.string(context.http.sourceIp)
        if let userAgent = context.http.userAgent {
            json.key("userAgent")
            json.string(userAgent)
        }
        json.endObject()
        json.key("requestId")
        json.string(context.requestId)
        json.key("routeKey")
        json.string(context.routeKey)
        json.key("stage")
        json.string(context.stage)
        json.key("time")
        json.string(context.time)
        json.key("timeEpoch")
        json.integer(context.timeEpoch)
        json.endObject()

        json.key("routeKey")
        json.string(routeKey)
        if !stageVariables.isEmpty {
            json.key("stageVariables")
            json.stringMap(stageVariables)
        }
        json.key("version")
        json.string(version)
        json.endObject()
        return json.bytes
    }
}

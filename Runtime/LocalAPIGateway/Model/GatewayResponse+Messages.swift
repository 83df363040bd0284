import LambdaEvents

extension GatewayResponse {
    /// The JSON error body API Gateway writes itself: `{"message":"..."}`.
    static func message(_ status: Int, _ text: String) -> GatewayResponse {
        raw(status, "{\"message\":" + JSONStringLiteral.quote(text) + "}")
    }

    /// A REST API's answer to a path or method it has no resource for: API Gateway cannot tell an
    /// unknown route from an unsigned IAM request, hence the odd wording.
    static var missingAuthenticationToken: GatewayResponse { message(403, "Missing Authentication Token") }
    /// An HTTP API's answer to a request no route matches.
    static var notFound: GatewayResponse { message(404, "Not Found") }
    /// The answer to a request an authorizer turned down.
    static var unauthorized: GatewayResponse { message(401, "Unauthorized") }
    /// The answer to a valid token that lacks every scope the route requires (HTTP APIs).
    static var forbidden: GatewayResponse { message(403, "Forbidden") }
    /// A REST API's answer when a Lambda authorizer's policy denies the method.
    static var explicitDeny: GatewayResponse {
        raw(403, #"{"Message":"User is not authorized to access this resource with an explicit deny"}"#)
    }
    /// A REST API's answer when a Lambda authorizer's policy allows nothing for the method.
    static var notAuthorizedForResource: GatewayResponse {
        raw(403, #"{"Message":"User is not authorized to access this resource"}"#)
    }
    /// The answer when a Lambda authorizer failed, timed out or answered something unusable: REST
    /// APIs say `{"message":null}`.
    static func authorizerFailure(_ kind: APIKind) -> GatewayResponse {
        kind == .rest ? raw(500, #"{"message":null}"#) : message(500, "Internal Server Error")
    }

    /// A JSON body written out.
    private static func raw(_ status: Int, _ body: String) -> GatewayResponse {
        GatewayResponse(status: status, headers: [HTTPHeader("Content-Type", "application/json")], body: Array(body.utf8))
    }

    /// The answer to a request whose body exceeds API Gateway's payload limit.
    static var requestTooLong: GatewayResponse { message(413, "Request Too Long") }
    /// The answer when the function failed or answered something that is not a proxy response.
    static var internalServerError: GatewayResponse { message(502, "Internal server error") }
}

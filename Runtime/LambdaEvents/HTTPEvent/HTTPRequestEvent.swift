/// What the API Gateway request events have in common: headers and a body that may arrive
/// base64-encoded. Both ``APIGatewayRequest`` and ``APIGatewayV2Request`` conform, so the
/// helpers below work the same for REST APIs and HTTP APIs.
public protocol HTTPRequestEvent: Sendable {
    /// Header values by name, in the case API Gateway delivered them.
    var headers: [String: String] { get }
    /// The request body as API Gateway delivered it: text, or base64 when ``isBase64Encoded``.
    var body: String? { get }
    /// Whether ``body`` holds base64 text rather than the body itself.
    var isBase64Encoded: Bool { get }
}

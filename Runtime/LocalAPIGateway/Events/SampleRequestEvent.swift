#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The event an API Gateway route would send for a request, without a template: what
/// `lambda-local generate-event apigateway ...` prints. It goes through the same code as
/// ``LocalAPIs/handle(_:requestID:now:)``, so a sample is exactly what `start-api` sends.
public enum SampleRequestEvent {
    /// The event as compact JSON.
    ///
    /// - Parameters:
    ///   - request: The request; its path is matched against `resourcePath` for the path parameters.
    ///   - apiKind: REST API (payload 1.0) or HTTP API.
    ///   - payloadVersion: For an HTTP API, 2.0 or 1.0; a REST API always sends 1.0.
    ///   - stageName: The stage, such as `prod` or `$default`.
    ///   - resourcePath: The route's path template, such as `/{proxy+}`; `nil` for an HTTP API's
    ///     `$default` route.
    ///   - method: The route's method, `ANY` by default.
    ///   - requestID: The request ID the event carries.
    ///   - now: When the request arrived.
    /// - Throws: ``LocalAPIError`` when `resourcePath` is not a path template.
    public static func json(
        for request: ClientRequest,
        apiKind: APIKind,
        payloadVersion: PayloadVersion = .v2,
        stageName: String,
        resourcePath: String?,
        method: String = "ANY",
        requestID: String,
        now: Date
    ) throws(LocalAPIError) -> [UInt8] {
        let (facts, match, api) = try place(request, apiKind: apiKind, payloadVersion: payloadVersion, stageName: stageName,
                                            resourcePath: resourcePath, method: method, requestID: requestID, now: now)
        do {
            return match.route.payloadVersion == .v1
                ? try VersionOneEvent.bytes(facts, match: match, api: api, authorizer: nil)
                : try VersionTwoEvent.bytes(facts, match: match, api: api, authorizer: nil)
        } catch {
            throw LocalAPIError("the event could not be encoded: \(error)")
        }
    }

    /// The event a Lambda authorizer gets for the request, as compact JSON: a REST API's `TOKEN`
    /// event (the `Authorization` header's value) or `REQUEST` event, or an HTTP API's format 1.0
    /// or 2.0 event with the `Authorization` header as its identity source. The parameters are
    /// ``json(for:apiKind:payloadVersion:stageName:resourcePath:method:requestID:now:)``'s, with
    /// `payloadType`: `TOKEN` or `REQUEST` for a REST API, `1.0` or `2.0` for an HTTP API.
    public static func authorizerJSON(
        for request: ClientRequest,
        apiKind: APIKind,
        payloadType: String,
        stageName: String,
        resourcePath: String?,
        method: String = "ANY",
        requestID: String,
        now: Date
    ) throws(LocalAPIError) -> [UInt8] {
        let version: PayloadVersion = payloadType == "2.0" ? .v2 : .v1
        let (facts, match, api) = try place(request, apiKind: apiKind, payloadVersion: version, stageName: stageName,
                                            resourcePath: resourcePath, method: method, requestID: requestID, now: now)
        let reference = LambdaAuthorizerReference(
            name: "SampleAuthorizer", functionARN: "arn:aws:lambda:us-east-1:\(LocalAPIs.accountId):function:authorizer",
            functionLogicalId: "Authorizer", payloadType: payloadType)
        let identity = request.headers.value(of: "Authorization").map { [$0] } ?? []
        do {
            return try LambdaAuthorizerEvent.bytes(
                facts, match: match, api: api, reference: reference, identity: identity,
                methodARN: LambdaAuthorizerEvent.methodARN(facts, api: api, reference: reference))
        } catch {
            throw LocalAPIError("the event could not be encoded: \(error)")
        }
    }

    /// The request, its match on a one-route API and that API.
    private static func place(
        _ request: ClientRequest, apiKind: APIKind, payloadVersion: PayloadVersion, stageName: String,
        resourcePath: String?, method: String, requestID: String, now: Date
    ) throws(LocalAPIError) -> (RequestFacts, RouteMatch, LocalAPI) {
        let template: PathTemplate?
        do {
            template = try resourcePath.map { path throws(PathTemplate.Problem) in try PathTemplate(parsing: path) }
        } catch {
            throw LocalAPIError("the resource path \(resourcePath ?? "") \(error.description)")
        }
        let version = apiKind == .rest ? PayloadVersion.v1 : payloadVersion
        let api = LocalAPI(logicalId: "SampleApi", kind: apiKind, apiId: StableIdentifier.alphanumeric("SampleApi", length: 10),
                           stageName: stageName)
        let route = Route(apiLogicalId: api.logicalId, apiKind: apiKind, method: method.uppercased(), template: template,
                          functionLogicalId: "", eventName: "", payloadVersion: version, authorization: .open,
                          authorizationScopes: [])
        let facts = RequestFacts(request, requestID: requestID, now: now)
        let parameters = facts.path.flatMap { template?.match($0.segments) } ?? [:]
        return (facts, RouteMatch(route: route, pathParameters: parameters), api)
    }
}

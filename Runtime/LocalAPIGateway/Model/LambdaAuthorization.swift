/// A Lambda authorizer that must run before a request can go on: the server invokes
/// ``functionLogicalId`` with ``event``, then hands how that ended to
/// ``LocalAPIs/resume(_:with:)``, which answers the request or invokes the route's function.
public struct LambdaAuthorization: Sendable {
    /// The authorizer's function.
    public let functionLogicalId: String
    /// The TOKEN or REQUEST event for it.
    public let event: [UInt8]
    /// The authorizer's name in the template, for the log.
    public let authorizerName: String

    let request: RequestFacts
    let match: RouteMatch
    let api: LocalAPI
    let reference: LambdaAuthorizerReference
    /// Where its answer is kept, when answers of this authorizer are kept.
    let cacheKey: AuthorizerCache.Key?
    /// The ARN of the method being called, which a policy's resources are matched against.
    let methodARN: String
}

/// The two kinds of API Gateway API a SAM template declares.
public enum APIKind: String, Sendable, Hashable {
    /// A REST API: `AWS::Serverless::Api` and function events of type `Api`.
    case rest
    /// An HTTP API: `AWS::Serverless::HttpApi` and function events of type `HttpApi`.
    case http
}

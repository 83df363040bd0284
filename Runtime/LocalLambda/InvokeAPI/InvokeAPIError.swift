import LambdaEvents
import LocalHTTP
import NIOHTTP1

/// The Invoke API's errors, in the REST-JSON shape the AWS SDKs parse: the code in
/// `X-Amzn-ErrorType`, the message in the body.
enum InvokeAPIError: Error {
    case functionNotFound(String)
    case invalidParameter(String)
    case invalidContent(String)
    case requestTooLarge(Int)
    case eventTooLarge(Int)
    case serviceFailure(String)
    case unknownOperation(String)
    case methodNotAllowed(String)
    case tenant(TenantRefusal)

    var response: HTTPResponse {
        let (status, code, message): (HTTPResponseStatus, String, String) = switch self {
        case .functionNotFound(let arn):
            (.notFound, "ResourceNotFoundException", "Function not found: \(arn)")
        case .invalidParameter(let message):
            (.badRequest, "InvalidParameterValueException", message)
        case .invalidContent(let message):
            (.badRequest, "InvalidRequestContentException", message)
        case .requestTooLarge(let size):
            (.payloadTooLarge, "RequestEntityTooLargeException",
             "\(size) byte payload is too large for the RequestResponse invocation type (limit \(InvokeAPIResponder.maxRequestSize) bytes)")
        case .eventTooLarge(let size):
            (.payloadTooLarge, "RequestEntityTooLargeException",
             "\(size) byte payload is too large for the Event invocation type (limit \(InvokeAPIResponder.maxEventSize) bytes)")
        case .serviceFailure(let message):
            (.internalServerError, "ServiceException", message)
        case .unknownOperation(let path):
            (.notFound, "UnknownOperationException", "lambda-local does not serve \(path)")
        case .methodNotAllowed(let method):
            (.methodNotAllowed, "MethodNotAllowedException", "\(method) is not allowed here; invoke with POST")
        case .tenant(let refusal):
            (.badRequest, refusal.errorType, refusal.message)
        }
        let type = if case .serviceFailure = self { "Service" } else { "User" }
        let body = #"{"Type":"\#(type)","message":"# + JSONStringLiteral.quote(message) + "}"
        return .json(status, body, headers: ["X-Amzn-ErrorType": code])
    }
}

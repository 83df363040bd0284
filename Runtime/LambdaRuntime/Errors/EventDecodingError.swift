/// The invocation's payload could not be decoded as the handler's event type.
///
/// Reported to Lambda with the error type `Runtime.UnmarshalError`, the name Lambda's own runtimes
/// use, so that the cause is plain in the caller's error and in the logs.
public struct EventDecodingError: Error, CustomStringConvertible, LambdaErrorReportable {
    /// The name of the type the event was decoded as.
    public let eventType: String
    /// What was wrong with the payload, with the path of the offending field.
    public let reason: String

    init(eventType: Any.Type, error: DecodingError) {
        self.eventType = String(describing: eventType)
        reason = error.plainDescription
    }

    /// `Runtime.UnmarshalError`.
    public var errorType: String { "Runtime.UnmarshalError" }

    /// One line naming the event type and the problem.
    public var description: String {
        "could not decode the event as \(eventType): \(reason)"
    }
}

/// The handler's result could not be encoded as JSON. Reported as `Runtime.MarshalError`.
public struct ResponseEncodingError: Error, CustomStringConvertible, LambdaErrorReportable {
    /// The name of the result type.
    public let outputType: String
    /// Why encoding failed.
    public let reason: String

    init(outputType: Any.Type, error: any Error) {
        self.outputType = String(describing: outputType)
        reason = (error as? EncodingError).map { "\($0)" } ?? "\(error)"
    }

    /// `Runtime.MarshalError`.
    public var errorType: String { "Runtime.MarshalError" }

    /// One line naming the result type and the problem.
    public var description: String {
        "could not encode the response of type \(outputType): \(reason)"
    }
}

extension DecodingError {
    /// A one-line explanation with the JSON path, instead of the nested debug dump.
    var plainDescription: String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in
                key.intValue.map { "[\($0)]" } ?? key.stringValue
            }
            return keys.isEmpty ? "the top level" : "'" + keys.joined(separator: ".") + "'"
        }
        switch self {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "" : " in \(path(context))"
            return "the key '\(key.stringValue)' is missing\(parent)"
        case .typeMismatch(let type, let context):
            return "expected \(type) at \(path(context)): \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "expected \(type) at \(path(context)) but found null"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return "the payload is not valid JSON (\(context.underlyingError.map { "\($0)" } ?? context.debugDescription))"
            }
            return "invalid value at \(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(self)"
        }
    }
}

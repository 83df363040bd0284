import Foundation
import NIOCore

/// An error a runtime reported for an invocation or for its init phase.
public struct FunctionError: Error, Sendable, Equatable {
    /// The error type: the `Lambda-Runtime-Function-Error-Type` header, or the body's `errorType` when the
    /// header is absent (awslambdaric 4.x sends none), or `Unhandled`.
    public var errorType: String
    /// The body as the runtime posted it, normally `{"errorMessage","errorType","stackTrace"}`.
    public var body: ByteBuffer

    /// Creates an error from its parts.
    public init(errorType: String, body: ByteBuffer) {
        self.errorType = errorType
        self.body = body
    }

    /// Creates the error Lambda itself reports (a timeout, a crash), in the standard error shape.
    public init(errorType: String, message: String) {
        let object: [String: String] = ["errorType": errorType, "errorMessage": message]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        self.init(errorType: errorType, body: ByteBuffer(bytes: data))
    }

    /// Reads an error post: the type from the header, else from the body.
    init(headerType: String?, body: ByteBuffer) {
        if let headerType, !headerType.isEmpty {
            self.init(errorType: headerType, body: body)
            return
        }
        let bodyType = (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any])?["errorType"]
        self.init(errorType: (bodyType as? String) ?? "Unhandled", body: body)
    }

    /// The `errorMessage` in the body, when there is one.
    public var message: String? {
        let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        return object?["errorMessage"] as? String
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// The body Lambda expects for a failed invocation or a failed init:
/// `{"errorMessage": ..., "errorType": ..., "stackTrace": []}`.
public struct ErrorReport: Codable, Sendable, Equatable {
    /// A human-readable message.
    public var errorMessage: String
    /// A stable name for the kind of error.
    public var errorType: String
    /// Frames of the failure, when known. Swift offers no portable symbolication, so usually empty.
    public var stackTrace: [String]

    /// Creates a report.
    public init(errorMessage: String, errorType: String, stackTrace: [String] = []) {
        self.errorMessage = errorMessage
        self.errorType = errorType
        self.stackTrace = stackTrace
    }

    /// Describes a thrown error: its `errorType` if it declares one, otherwise its Swift type name.
    public init(_ error: any Error) {
        let type = (error as? LambdaErrorReportable)?.errorType ?? String(describing: Swift.type(of: error))
        self.init(errorMessage: String(describing: error), errorType: type)
    }

    /// The JSON body. Written by hand so that reporting an error can never itself fail.
    var json: Data {
        var text = #"{"errorMessage":"#
        text += JSONStringLiteral.quote(errorMessage)
        text += #","errorType":"#
        text += JSONStringLiteral.quote(errorType)
        text += #","stackTrace":["#
        text += stackTrace.map(JSONStringLiteral.quote).joined(separator: ",")
        text += "]}"
        return Data(text.utf8)
    }
}

import AWSClient

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The event that hands an accepted job to the job function: `detail` carries only the job's id,
/// and the function reads everything else from the table, where the truth is.
public struct JobRequested: Sendable, Hashable, Codable {
    /// The event's `source`.
    public static let source = "dataspan.jobs"
    /// The event's `detail-type`.
    public static let detailType = "JobRequested"

    /// The job to run.
    public var jobId: String

    /// Creates the detail.
    public init(jobId: String) {
        self.jobId = jobId
    }

    /// The PutEvents entry for `jobId` on the bus named `busName`.
    public static func entry(jobId: String, busName: String) throws -> PutEventsEntry {
        try PutEventsEntry(source: source, detailType: detailType, encoding: JobRequested(jobId: jobId), eventBusName: busName)
    }

    /// The failure of the single entry of `response`, as an error; `nil` when it was accepted.
    /// EventBridge can accept a call and still refuse its entry, which must not pass for success.
    public static func rejection(in response: PutEventsResponse) -> AWSError? {
        guard let entry = response.entries.first else {
            return response.failedEntryCount == 0
                ? nil
                : AWSError(kind: .service, code: "FailedEntry", message: "EventBridge refused the job's event", service: "events")
        }
        guard entry.isFailure else { return nil }
        return AWSError(
            kind: .service,
            code: AWSError.Code(rawValue: entry.errorCode ?? "FailedEntry"),
            message: "EventBridge refused the job's event: \(entry.errorMessage ?? "no reason given")",
            service: "events")
    }
}

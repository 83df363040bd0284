#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A request as the API shows it, times in ISO 8601 with milliseconds.
public struct RequestView: Sendable, Hashable, Codable {
    public var requestId: String
    public var storeId: String
    public var question: String
    public var customerId: String?
    public var priority: Int
    public var status: RequestStatus
    public var statusCode: RequestStatusCode
    public var requestTimestamp: String
    public var response: String?
    public var resolvedAt: String?
    public var updatedAt: String

    /// The view of `request`.
    public init(_ request: SupervisorRequest) {
        requestId = request.requestId.value
        storeId = request.storeId.value
        question = request.question
        customerId = request.customerId
        priority = request.priority.value
        status = request.status
        statusCode = request.statusCode
        requestTimestamp = Self.iso8601(request.requestedAt)
        response = request.response
        resolvedAt = request.resolvedAt.map(Self.iso8601)
        updatedAt = Self.iso8601(request.updatedAt)
    }

    static func iso8601(_ milliseconds: Int64) -> String {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            .formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

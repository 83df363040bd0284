import Foundation

/// One segment of a parallel scan: the items whose partition key hashes to it, so every item
/// belongs to exactly one segment, and to the same one on every page.
struct ScanSegment: Sendable, Equatable {
    let index: Int
    let total: Int

    /// Reads `Segment` and `TotalSegments`, nil when neither is set, with DynamoDB's errors for
    /// one without the other and for values out of range.
    init?(segment: Int?, totalSegments: Int?) throws(DynamoDBServiceError) {
        var violations: [String] = []
        if let segment, segment < 0 {
            violations.append("Value '\(segment)' at 'segment' failed to satisfy constraint: Member must have value greater than or equal to 0")
        }
        if let segment, segment > 999_999 {
            violations.append("Value '\(segment)' at 'segment' failed to satisfy constraint: Member must have value less than or equal to 999999")
        }
        if let totalSegments, totalSegments < 1 {
            violations.append("Value '\(totalSegments)' at 'totalSegments' failed to satisfy constraint: Member must have value greater than or equal to 1")
        }
        if let totalSegments, totalSegments > 1_000_000 {
            violations.append("Value '\(totalSegments)' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000")
        }
        if !violations.isEmpty {
            let count = violations.count == 1 ? "1 validation error" : "\(violations.count) validation errors"
            throw .validation("\(count) detected: \(violations.joined(separator: "; "))")
        }
        switch (segment, totalSegments) {
        case (nil, nil):
            return nil
        case (_?, nil):
            throw .validation("The TotalSegments parameter is required but was not present in the request when Segment parameter is present")
        case (nil, _?):
            throw .validation("The Segment parameter is required but was not present in the request when parameter TotalSegments is present")
        case (let segment?, let total?):
            guard segment < total else {
                throw .validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: \(segment) is not less than TotalSegments: \(total)")
            }
            index = segment
            self.total = total
        }
    }

    /// Whether the row with these partition key bytes falls in this segment. FNV-1a is fixed
    /// across runs (unlike `Hasher`), so a scan resumed from `LastEvaluatedKey` keeps its items.
    func contains(partitionKey bytes: Data) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(total)) == index
    }
}

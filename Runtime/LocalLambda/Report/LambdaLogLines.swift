import Foundation

/// The lines Lambda itself writes around each invocation, in Lambda's exact format.
public enum LambdaLogLines {
    /// `START RequestId: <id> Version: $LATEST`, and ` TenantId: <tenant>` for a tenant-isolated
    /// function (Lambda puts `tenantId` in its platform records).
    public static func start(requestID: String, version: String = "$LATEST", tenantID: String? = nil) -> String {
        "START RequestId: \(requestID) Version: \(version)" + (tenantID.map { " TenantId: \($0)" } ?? "")
    }

    /// `END RequestId: <id>`
    public static func end(requestID: String) -> String {
        "END RequestId: \(requestID)"
    }

    /// `REPORT RequestId: <id>\tDuration: 1.20 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\t...`,
    /// with `Init Duration` on a cold start, `Status` when the invocation timed out or crashed, and
    /// `TenantId` for a tenant-isolated function.
    public static func report(
        requestID: String,
        duration: Duration,
        memorySize: Int,
        maxMemoryUsed: Int?,
        initDuration: Duration? = nil,
        status: String? = nil,
        tenantID: String? = nil
    ) -> String {
        let milliseconds = duration.milliseconds
        var line = "REPORT RequestId: \(requestID)\tDuration: \(format(milliseconds)) ms"
        line += "\tBilled Duration: \(Int(milliseconds.rounded(.up))) ms"
        line += "\tMemory Size: \(memorySize) MB\tMax Memory Used: \(maxMemoryUsed ?? 0) MB"
        if let initDuration { line += "\tInit Duration: \(format(initDuration.milliseconds)) ms" }
        if let status { line += "\tStatus: \(status)" }
        if let tenantID { line += "\tTenantId: \(tenantID)" }
        return line
    }

    /// `<timestamp> <id> Task timed out after 3.00 seconds`
    public static func timedOut(requestID: String, timeout: Duration) -> String {
        "\(ISO8601DateFormatter().string(from: Date())) \(requestID) Task timed out after \(format(timeout.seconds)) seconds"
    }

    /// Two decimals, rounded, as Lambda prints durations; by hand, because this runs for every
    /// invocation and `String(format:)` costs more than the rest of the line.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}

extension Duration {
    /// The duration in milliseconds, with fractions.
    public var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }

    /// The duration in whole nanoseconds.
    public var nanoseconds: Int {
        Int(components.seconds) * 1_000_000_000 + Int(components.attoseconds / 1_000_000_000)
    }

    /// The duration in seconds, with fractions.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import LambdaEvents
import Logging

/// Writes log lines to standard error the way Lambda's runtimes do, tagged with the request id.
///
/// Lambda captures both standard streams; standard error is unbuffered, so a line written before a
/// response is sent is never lost when the process is frozen or stopped right after.
public struct LambdaLogHandler: LogHandler {
    /// The line format.
    public let format: LogFormat
    /// The request id the lines carry, or `nil` outside an invocation.
    public var requestID: String?
    /// Extra fields added to every line.
    public var metadata: Logger.Metadata = [:]
    /// Lines below this level are dropped.
    public var logLevel: Logger.Level
    /// Where the lines go.
    public var output: LogOutput

    /// Creates a handler.
    public init(format: LogFormat, level: Logger.Level, requestID: String? = nil, output: LogOutput = .standardError) {
        self.format = format
        self.logLevel = level
        self.requestID = requestID
        self.output = output
    }

    /// One field of ``metadata``.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Formats and writes one line.
    public func log(event: LogEvent) {
        var fields = metadata
        if let extra = event.metadata { fields.merge(extra) { $1 } }
        let timestamp = WallClock.timestamp(milliseconds: WallClock.nowMilliseconds())
        var line: String
        switch format {
        case .text:
            line = timestamp + "\t" + (requestID ?? "undefined") + "\t" + event.level.lambdaName + "\t"
            line += event.message.description
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
                line += " \(key)=\(value)"
            }
        case .json:
            line = #"{"timestamp":"# + JSONStringLiteral.quote(timestamp) + #","level":"# + JSONStringLiteral.quote(event.level.lambdaName)
            if let requestID { line += #","requestId":"# + JSONStringLiteral.quote(requestID) }
            line += #","message":"# + JSONStringLiteral.quote(event.message.description)
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
                line += "," + JSONStringLiteral.quote(key) + ":" + JSONStringLiteral.quote(value.description)
            }
            line += "}"
        }
        line += "\n"
        output.write(line)
    }
}

/// One `write` per line, so that lines from concurrent tasks do not interleave mid-line.
func writeToStandardError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

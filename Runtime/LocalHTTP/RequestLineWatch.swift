import NIOCore

/// Tells, once NIO's decoder has found a request head too large, whether its request line was too
/// long (`414 URI Too Long`) or its header fields (`431 Request Header Fields Too Large`): the
/// decoder reports both as the same error and keeps no trace of where it stopped.
///
/// It follows the input a read at a time, keeping the shape and length of the line in progress and
/// of the line the last read completed. The decoder fails during the read that takes a line past
/// the limit, so that line is one of the two, unless it began and ended within the read: a read
/// holds at most 64 kB, less than the default limit. It keeps no bytes: a read the pipeline holds
/// on to cannot be reused by the channel for the next.
struct RequestLineWatch {
    private var line = Line()
    private var completedByLastRead: Line?

    /// Takes the bytes of one read.
    mutating func observe(_ buffer: ByteBuffer) {
        buffer.withUnsafeReadableBytes { bytes in
            // Searched from the end first: a read of a whole head ends with its line feed.
            guard let lastLineFeed = bytes.lastIndex(of: UInt8(ascii: "\n")) else {
                completedByLastRead = nil
                line.take(bytes)
                return
            }
            let firstLineFeed = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? lastLineFeed
            line.take(UnsafeRawBufferPointer(rebasing: bytes[..<firstLineFeed]))
            completedByLastRead = line
            line = Line()
            line.take(UnsafeRawBufferPointer(rebasing: bytes[(lastLineFeed + 1)...]))
        }
    }

    /// Passes over a read of body bytes: they are no line of a head. (A request line that starts in
    /// the read that ends a body is then not recognised, and its overflow is answered 431.)
    mutating func skip() {
        line = Line(shape: .other)
        completedByLastRead = nil
    }

    /// Whether the line the last read completed, or the one in progress, is a request line longer
    /// than `limit`.
    func hasRequestLine(longerThan limit: Int) -> Bool {
        line.isRequestLine(longerThan: limit) || completedByLastRead?.isRequestLine(longerThan: limit) == true
    }

    /// A line told apart by its first bytes: a request line starts with a method and a space
    /// (`GET /`), a header field with a name and a colon (`Host:`); neither may hold the other's
    /// separator in that first token.
    struct Line {
        enum Shape {
            case undecided(tokenLength: Int)
            case requestLine
            case headerField
            case other
        }

        var shape = Shape.undecided(tokenLength: 0)
        var length = 0

        func isRequestLine(longerThan limit: Int) -> Bool {
            if case .requestLine = shape { length > limit } else { false }
        }

        mutating func take(_ bytes: UnsafeRawBufferPointer) {
            length += bytes.count
            for byte in bytes {
                guard case .undecided(let tokenLength) = shape else { return }
                shape = Self.shape(after: byte, tokenLength: tokenLength)
            }
        }

        /// Methods run to a dozen letters; a longer token is neither line.
        private static func shape(after byte: UInt8, tokenLength: Int) -> Shape {
            switch byte {
            case UInt8(ascii: " ") where tokenLength > 0: .requestLine
            case UInt8(ascii: ":") where tokenLength > 0: .headerField
            case _ where isTokenCharacter(byte) && tokenLength < 32: .undecided(tokenLength: tokenLength + 1)
            default: .other
            }
        }

        /// RFC 9110's `tchar`.
        private static func isTokenCharacter(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            default:
                "!#$%&'*+-.^_`|~".utf8.contains(byte)
            }
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A loopback TCP connection driven byte by byte, kept open across requests: for clients that
/// send slowly, stall, or pile up, and for reading how the server ends a connection.
///
/// Blocking: use it from a thread of its own (``RawConnection/offPool(_:)``). Reads wait at most
/// 10 s for a byte.
public final class RawConnection {
    /// How the server ended the connection, as the client saw it.
    public enum Ending: Sendable, Equatable {
        /// An orderly end of stream: everything the server wrote was read.
        case closed
        /// A reset: what the server wrote last may be lost.
        case reset
        /// 10 s passed without a byte.
        case timedOut
    }

    /// One response read off the connection.
    public struct Response: Sendable {
        public let status: Int
        /// Header names lowercased.
        public let headers: [String: String]
        public let body: String
    }

    private let fd: Int32
    private var isOpen = true
    /// Everything received so far.
    public private(set) var received: [UInt8] = []
    /// Where the responses already returned by ``readResponse()`` end in ``received``.
    private var consumed = 0
    /// Set once the server ended the connection.
    public private(set) var ending: Ending?

    public init(port: UInt16) throws {
        fd = try RawSocket.connected(port: port)
    }

    deinit {
        close()
    }

    /// Closes the connection from this side.
    public func close() {
        if isOpen { Glibc.close(fd) }
        isOpen = false
    }

    /// Runs `body` on a thread of its own, off the shared concurrency pool the other suites need.
    public static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
        }
    }

    /// Sends all of `bytes`; `false` when the server is gone first.
    @discardableResult
    public func send(_ bytes: some Collection<UInt8>) -> Bool {
        let payload = Array(bytes)
        var offset = 0
        while offset < payload.count {
            // No SIGPIPE when the server has closed: the test sees `false`.
            let count = payload[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return false }
            offset += count
        }
        return true
    }

    @discardableResult
    public func send(_ text: String) -> Bool {
        send(text.utf8)
    }

    /// Reads what has already arrived, without waiting.
    public func poll() {
        while ending == nil, receive(flags: Int32(MSG_DONTWAIT)) {}
    }

    /// The next whole response (read by its `Content-Length`), or `nil` when the connection ended first.
    public func readResponse() -> Response? {
        while true {
            if let response = nextResponse() { return response }
            guard ending == nil, receive(flags: 0) else { return nil }
        }
    }

    /// Reads until the server ends the connection, or 10 s pass without a byte.
    @discardableResult
    public func readToEnd() -> Ending {
        while ending == nil { _ = receive(flags: 0) }
        return ending!
    }

    /// What was received after the responses ``readResponse()`` returned.
    public var unread: String {
        String(decoding: received[consumed...], as: UTF8.self)
    }

    /// One `recv`; `false` when nothing came (the end, or nothing yet without waiting).
    private func receive(flags: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = recv(fd, &buffer, buffer.count, flags)
        if count > 0 {
            received += buffer[0..<count]
            return true
        }
        if count == 0 {
            ending = .closed
        } else if errno == ECONNRESET {
            ending = .reset
        } else if errno == EAGAIN || errno == EWOULDBLOCK {
            if flags & Int32(MSG_DONTWAIT) == 0 { ending = .timedOut }
        } else {
            ending = .reset
        }
        return false
    }

    private func nextResponse() -> Response? {
        let separator = Array("\r\n\r\n".utf8)
        guard received.count - consumed >= separator.count,
            let headEnd = (consumed...(received.count - separator.count)).first(where: {
                received[$0..<$0 + separator.count].elementsEqual(separator)
            })
        else { return nil }
        let lines = String(decoding: received[consumed..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = headers["content-length"].flatMap { Int($0) } ?? 0
        let bodyStart = headEnd + separator.count
        guard received.count >= bodyStart + length else { return nil }
        consumed = bodyStart + length
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        return Response(status: status, headers: headers, body: String(decoding: received[bodyStart..<consumed], as: UTF8.self))
    }
}

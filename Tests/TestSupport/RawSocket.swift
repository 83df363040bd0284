import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sends raw bytes to a loopback port and reads what comes back until the peer closes or 10 s pass
/// without progress:
/// for requests no HTTP client would send.
public enum RawSocket {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// What came back, and how the exchange ended.
    public struct Conversation: Sendable {
        /// Everything received.
        public let reply: String
        /// `true` when the peer closed the connection; `false` when 10 s passed without a byte.
        public let peerClosed: Bool
    }

    /// ``exchange(port:bytes:)`` on a thread of its own.
    public static func exchangeOffPool(port: UInt16, bytes: String) async throws -> String {
        try await conversationOffPool(port: port, bytes: bytes).reply
    }

    /// ``conversation(port:bytes:)`` on a thread of its own.
    public static func conversationOffPool(port: UInt16, bytes: String) async throws -> Conversation {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try conversation(port: port, bytes: bytes) })
            }
        }
    }

    public static func exchange(port: UInt16, bytes: String) throws -> String {
        try conversation(port: port, bytes: bytes).reply
    }

    public static func conversation(port: UInt16, bytes: String) throws -> Conversation {
        let fd = try connected(port: port)
        defer { close(fd) }
        _ = bytes.withCString { send(fd, $0, strlen($0), 0) }
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count == 0 { return Conversation(reply: String(decoding: received, as: UTF8.self), peerClosed: true) }
            if count < 0 { return Conversation(reply: String(decoding: received, as: UTF8.self), peerClosed: false) }
            received += buffer[0..<count]
        }
    }

    /// Sends the bytes from a thread of its own while this one reads, but reads nothing until
    /// `readingAfter` has passed: a client that pipelines requests without reading the answers for
    /// a while. Its receive buffer is small (16 kB), so that little of what the server writes fits
    /// in the sockets. `beforeReading` runs just before the first read.
    public static func slowReader(
        port: UInt16, bytes: String, readingAfter delay: Duration, beforeReading: () -> Void
    ) throws -> Conversation {
        let fd = try connected(port: port, receiveBuffer: 16_384)
        defer { close(fd) }
        let sent = DispatchSemaphore(value: 0)
        let payload = Array(bytes.utf8)
        Thread.detachNewThread {
            var offset = 0
            while offset < payload.count {
                let count = payload[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
                if count <= 0 { break }
                offset += count
            }
            sent.signal()
        }
        usleep(UInt32(delay.components.seconds * 1_000_000 + delay.components.attoseconds / 1_000_000_000_000))
        beforeReading()
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var peerClosed = false
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count == 0 { peerClosed = true }
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        sent.wait()
        return Conversation(reply: String(decoding: received, as: UTF8.self), peerClosed: peerClosed)
    }

    /// Sends the bytes and closes the connection without waiting for an answer.
    public static func sendAndLeave(port: UInt16, bytes: String) throws {
        let fd = try connected(port: port)
        _ = bytes.withCString { send(fd, $0, strlen($0), 0) }
        close(fd)
    }

    /// - Parameter receiveBuffer: the socket's receive buffer in bytes, set before connecting so
    ///   that the window the peer sees stays that small; `nil` leaves the kernel's default.
    static func connected(port: UInt16, receiveBuffer: Int32? = nil) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        if var size = receiveBuffer {
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "connect failed")
        }
        // Neither side waits forever on a peer that stopped reading or writing. Generous, as a
        // passing exchange ends when the peer closes: the suite runs many servers on two cores.
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }
}

@testable import LocalHTTP
import NIOCore
import Testing

/// The watch tells a request line too long from header fields too large, whatever the reads.
@Suite struct RequestLineWatchTests {
    static let limit = 80 * 1_024

    static func watch(_ reads: [String]) -> RequestLineWatch {
        var watch = RequestLineWatch()
        for read in reads { watch.observe(ByteBuffer(string: read)) }
        return watch
    }

    @Test func aRequestLineStillComingIsTooLong() {
        let url = String(repeating: "u", count: 60_000)
        #expect(Self.watch(["GET /" + url, url]).hasRequestLine(longerThan: Self.limit))
    }

    @Test func aRequestLineEndedByTheReadThatTookItOverTheLimitIsTooLong() {
        let url = String(repeating: "u", count: 60_000)
        #expect(Self.watch(["GET /" + url, url + " HTTP/1.1\r\nHost: local\r\nAccept: *"]).hasRequestLine(longerThan: Self.limit))
    }

    @Test func aLongHeaderFieldIsNoRequestLine() {
        let value = String(repeating: "v", count: 60_000)
        #expect(!Self.watch(["GET / HTTP/1.1\r\nX-Big: " + value, value]).hasRequestLine(longerThan: Self.limit))
        #expect(!Self.watch(["GET / HTTP/1.1\r\nX-Big: " + value, value + "\r\nHost: local"]).hasRequestLine(longerThan: Self.limit))
    }

    @Test func aLongRequestLineOfAnEarlierRequestIsForgotten() {
        let url = String(repeating: "u", count: 60_000)
        let value = String(repeating: "v", count: 60_000)
        let reads = ["GET /" + url, url + " HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\nX-Big: " + value, value, value]
        #expect(!Self.watch(reads).hasRequestLine(longerThan: Self.limit))
    }
}

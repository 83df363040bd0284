import CurlHTTP
import Foundation
import Testing

/// A connection uses only the URL schemes its options allow: libcurl knows two dozen protocols, and
/// a mistyped or hostile endpoint URL must not reach any of the others.
@Suite struct CurlConnectionSchemeTests {
    /// A small file to read through `file://`, removed by the caller.
    static func temporaryFile(containing text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("curl-scheme-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func aFileURLIsRefusedByDefault() throws {
        let file = try Self.temporaryFile(containing: "secret")
        defer { try? FileManager.default.removeItem(at: file) }
        let connection = try CurlConnection()
        #expect {
            try connection.perform(CurlRequest(url: file.absoluteString, timeout: .seconds(5)))
        } throws: { error in
            // CURLE_UNSUPPORTED_PROTOCOL
            (error as? CurlError)?.curlCode == 1
        }
    }

    @Test func aFileURLIsReadWhenItsSchemeIsAllowed() throws {
        let file = try Self.temporaryFile(containing: "prices")
        defer { try? FileManager.default.removeItem(at: file) }
        let connection = try CurlConnection(options: CurlConnectionOptions(schemes: ["http", "https", "file"]))
        let response = try connection.perform(CurlRequest(url: file.absoluteString, timeout: .seconds(5)))
        #expect(String(decoding: response.body, as: UTF8.self) == "prices")
    }

    @Test(arguments: ["ftp://127.0.0.1:9/x", "gopher://127.0.0.1:9/x", "dict://127.0.0.1:9/x", "ldap://127.0.0.1:9/x"])
    func otherProtocolsAreRefusedBeforeAnyConnection(url: String) throws {
        let connection = try CurlConnection()
        #expect {
            try connection.perform(CurlRequest(url: url, timeout: .seconds(5)))
        } throws: { error in
            (error as? CurlError)?.curlCode == 1
        }
    }

    @Test(arguments: [Set<String>(), ["htp"]])
    func aSchemeListLibcurlCannotApplyIsAnError(schemes: Set<String>) {
        #expect(throws: CurlError.self) {
            try CurlConnection(options: CurlConnectionOptions(schemes: schemes))
        }
    }
}

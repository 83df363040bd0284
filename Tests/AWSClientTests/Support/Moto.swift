import AWSClient
import Foundation

/// The moto server the tests share: started on first use, on a free loopback port, and ended with
/// the test process (see ``PythonServer``). Each test makes its own tables, so tests running at
/// the same time never see each other's items.
enum Moto {
    private static let server = Result { try PythonServer(script: "moto_server.py") }

    /// The server's endpoint, starting it if need be.
    static func endpoint() throws -> AWSEndpoint {
        let server = try server.get()
        return AWSEndpoint(url: server.url)!
    }
}

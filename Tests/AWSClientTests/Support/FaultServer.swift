import AWSClient
import CurlHTTP
import Foundation

/// The fault-injecting stand-in (`fault_server.py`): answers the first requests as scripted, then
/// forwards to moto (or, without an upstream, answers `{}`), and keeps a log of what it received.
final class FaultServer: @unchecked Sendable {
    /// What the stand-in does with one request.
    enum Action {
        case answer(status: Int, body: String, headers: [String: String] = [:])
        case drop
        case delay(seconds: Double)
        case forward

        /// An AWS JSON error answer, as DynamoDB writes it.
        static func error(_ status: Int, _ code: String, _ message: String = "injected") -> Action {
            .answer(status: status, body: #"{"__type":"com.amazonaws.dynamodb.v20120810#\#(code)","message":"\#(message)"}"#)
        }

        var json: Any {
            switch self {
            case .answer(let status, let body, let headers): ["status": status, "body": body, "headers": headers]
            case .drop: ["drop": true]
            case .delay(let seconds): ["delay": seconds]
            case .forward: ["forward": true]
            }
        }
    }

    /// One request as the stand-in saw it.
    struct LoggedRequest: Decodable {
        let target: String?
        let attempt: String?
        let authorization: String?
        let peerPort: Int
        let body: String
    }

    private let server: PythonServer

    /// Starts a stand-in that follows `script` and then forwards to moto (or answers `{}` when
    /// `forwardingToMoto` is false).
    init(_ script: [Action], forwardingToMoto: Bool = true) throws {
        let upstream = forwardingToMoto ? try Moto.endpoint().url : "-"
        let scriptJSON = try JSONSerialization.data(withJSONObject: script.map(\.json))
        server = try PythonServer(script: "fault_server.py", arguments: [upstream, String(decoding: scriptJSON, as: UTF8.self)])
    }

    deinit {
        server.stop()
    }

    var endpoint: AWSEndpoint { AWSEndpoint(url: server.url)! }

    /// The requests received so far, in order.
    func requests() throws -> [LoggedRequest] {
        let response = try CurlConnection().perform(CurlRequest(url: "\(server.url)/__log", timeout: .seconds(5)))
        return try JSONDecoder().decode([LoggedRequest].self, from: response.body)
    }
}

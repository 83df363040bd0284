import CCurl

/// A transfer that did not produce an HTTP response: the connection failed, timed out or was aborted.
///
/// An HTTP status, even 500, is not a `CurlError`: it arrives as a ``CurlResponse``.
public struct CurlError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in the terms a caller decides on (retry, give up, report).
    public enum Code: Sendable, Equatable {
        /// The peer could not be reached (refused, unreachable, name not resolved).
        case couldNotConnect
        /// The connection or the whole transfer took longer than allowed.
        case timedOut
        /// The connection broke while sending or receiving.
        case connectionLost
        /// TLS could not be set up (certificate, CA bundle, handshake).
        case tls
        /// The transfer was stopped by the caller's abort check (for example, task cancellation).
        case aborted
        /// libcurl could not be set up, or failed in a way not listed above.
        case other
    }

    /// The category of the failure.
    public let code: Code
    /// libcurl's own result code, for diagnostics.
    public let curlCode: Int
    /// libcurl's detailed message, or the generic text of `curlCode`.
    public let message: String

    /// Creates an error from its parts.
    public init(code: Code, curlCode: Int, message: String) {
        self.code = code
        self.curlCode = curlCode
        self.message = message
    }

    init(result: CURLcode, detail: String) {
        let code: Code
        switch result {
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            code = .couldNotConnect
        case CURLE_OPERATION_TIMEDOUT:
            code = .timedOut
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE:
            code = .connectionLost
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE,
            CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER:
            code = .tls
        case CURLE_ABORTED_BY_CALLBACK:
            code = .aborted
        default:
            code = .other
        }
        let generic = String(cString: curl_easy_strerror(result))
        self.init(code: code, curlCode: Int(result.rawValue), message: detail.isEmpty ? generic : detail)
    }

    /// One line: the category, libcurl's code and message.
    public var description: String {
        "\(code) (curl \(curlCode)): \(message)"
    }
}

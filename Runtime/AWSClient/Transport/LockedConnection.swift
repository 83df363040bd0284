import CurlHTTP

/// The client's one libcurl handle, kept open between requests and invocations, behind a lock so
/// that a client can be shared: concurrent callers take turns, each blocking its thread for the
/// length of one transfer.
final class LockedConnection: @unchecked Sendable {
    private let lock = ThreadLock()
    private let connection: CurlConnection

    init(options: CurlConnectionOptions) throws(CurlError) {
        connection = try CurlConnection(options: options)
    }

    func perform(_ request: CurlRequest) throws(CurlError) -> CurlResponse {
        try lock.withLock { () throws(CurlError) -> CurlResponse in
            try connection.perform(request)
        }
    }
}

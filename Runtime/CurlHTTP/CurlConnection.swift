#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CCurl

/// One libcurl easy handle, reused for every request so that its connection stays open.
///
/// The whole curl conversation lives here, with the reason for each option beside it. A connection
/// serves one request at a time; it is not shared between threads.
public final class CurlConnection {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    /// POSTFIELDS must never be NULL (libcurl would then read the body from stdin): an empty body
    /// points here instead.
    private let emptyBody: UnsafeMutablePointer<CChar>

    /// Opens a handle with the given options. No connection is made until the first request.
    public init(options: CurlConnectionOptions = CurlConnectionOptions()) throws(CurlError) {
        _ = curlGlobalInitialization
        guard let handle = curl_easy_init() else {
            throw CurlError(code: .other, curlCode: -1, message: "curl_easy_init failed")
        }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        emptyBody = .allocate(capacity: 1)
        emptyBody.initialize(to: 0)

        // Signals must stay with the process: without this libcurl uses SIGALRM for DNS timeouts,
        // which is unsafe with threads.
        ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        // Small request/response exchanges: Nagle's delay would add up to 40 ms per round trip.
        ccurl_setopt_long(handle, CURLOPT_TCP_NODELAY, 1)
        ccurl_setopt_long(handle, CURLOPT_TCP_KEEPALIVE, 1)
        // HTTP/1.1 with keep-alive is what every peer here speaks; no HTTP/2 upgrade dance.
        ccurl_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1))
        ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, options.connectTimeout.curlMilliseconds)
        // Redirects are not followed, but should that change they stay within the same schemes.
        // A list libcurl rejects (none, or an unknown name) would leave every protocol on: fail instead.
        let schemes = options.schemes.sorted().joined(separator: ",")
        for option in [CURLOPT_PROTOCOLS_STR, CURLOPT_REDIR_PROTOCOLS_STR] {
            let result = ccurl_setopt_string(handle, option, schemes)
            guard result == CURLE_OK else {
                throw CurlError(code: .other, curlCode: Int(result.rawValue), message: "libcurl cannot limit requests to the schemes \"\(schemes)\"")
            }
        }
        if !options.usesProxyFromEnvironment {
            // An empty proxy disables proxies even when HTTP_PROXY is set in the environment.
            ccurl_setopt_string(handle, CURLOPT_PROXY, "")
        }
        if let caBundle = options.caBundlePath {
            ccurl_setopt_string(handle, CURLOPT_CAINFO, caBundle)
        }
        ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        ccurl_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, curlReceiveBody)
        ccurl_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION, curlReceiveHeader)
        ccurl_setopt_xferinfo_callback(handle, curlCheckAbort)
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
        emptyBody.deallocate()
    }

    /// Sends the request and waits for the whole response, blocking the calling thread.
    ///
    /// - Parameter shouldAbort: polled by libcurl while the transfer runs (about once a second when
    ///   idle); returning `true` stops it with ``CurlError/Code/aborted``.
    /// - Throws: ``CurlError`` when no HTTP response arrives. Any HTTP status is a response.
    public func perform(
        _ request: CurlRequest,
        shouldAbort: (@Sendable () -> Bool)? = nil
    ) throws(CurlError) -> CurlResponse {
        let transfer = CurlTransfer(shouldAbort: shouldAbort)
        let context = Unmanaged.passUnretained(transfer).toOpaque()
        errorBuffer[0] = 0

        ccurl_setopt_string(handle, CURLOPT_URL, request.url)
        ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
        ccurl_setopt_pointer(handle, CURLOPT_XFERINFODATA, context)
        ccurl_setopt_long(handle, CURLOPT_NOPROGRESS, shouldAbort == nil ? 1 : 0)
        // No total timeout unless asked: the Runtime API's /next may legitimately wait for hours
        // while the process is frozen between invocations.
        ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, request.timeout?.curlMilliseconds ?? 0)

        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        var hasContentType = false
        for (name, value) in request.headers {
            if name.lowercased() == "content-type" { hasContentType = true }
            headerList = curl_slist_append(headerList, "\(name): \(value)")
        }
        // libcurl would otherwise send `Expect: 100-continue` for large bodies and wait for an answer
        // that small servers never give, and label every POST as a form.
        headerList = curl_slist_append(headerList, "Expect:")
        if !hasContentType { headerList = curl_slist_append(headerList, "Content-Type:") }
        ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList)
        defer {
            ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, nil)
            curl_slist_free_all(headerList)
        }

        let result: CURLcode
        if let body = request.body {
            result = body.withUnsafeBytes { bytes in
                // POSTFIELDS is not copied: the bytes must stay valid until perform returns, which
                // they do inside this closure.
                let pointer = bytes.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(emptyBody)
                configureMethod(request.method, body: pointer, length: bytes.count)
                return curl_easy_perform(handle)
            }
        } else {
            configureMethod(request.method, body: nil, length: 0)
            result = curl_easy_perform(handle)
        }
        guard result == CURLE_OK else {
            throw CurlError(result: result, detail: String(cString: errorBuffer))
        }
        var status = 0
        ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return CurlResponse(status: status, headers: transfer.headers, body: transfer.body)
    }

    /// The handle remembers the last method; every request states its own so none leaks into the next.
    private func configureMethod(_ method: String, body: UnsafeRawPointer?, length: Int) {
        ccurl_setopt_long(handle, CURLOPT_NOBODY, 0)
        if let body {
            ccurl_setopt_long(handle, CURLOPT_POST, 1)
            ccurl_setopt_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(length))
            ccurl_setopt_pointer(handle, CURLOPT_POSTFIELDS, body)
        } else {
            ccurl_setopt_long(handle, CURLOPT_HTTPGET, 1)
        }
        switch method {
        case "GET" where body == nil, "POST" where body != nil:
            ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, nil)
        case "HEAD":
            ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, nil)
            ccurl_setopt_long(handle, CURLOPT_NOBODY, 1)
        default:
            ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, method)
        }
    }
}

/// libcurl's global state must be set up once, before any handle, and not concurrently: a global
/// `let` runs its initializer exactly once, thread-safely.
private let curlGlobalInitialization: Void = {
    curl_global_init(Int(CURL_GLOBAL_DEFAULT))
}()

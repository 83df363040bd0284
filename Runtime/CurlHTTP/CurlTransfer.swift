#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CCurl

/// What libcurl's callbacks collect during one `perform`: the response headers and body.
///
/// libcurl calls back on the thread that runs `curl_easy_perform`, one callback at a time, so this
/// state needs no lock; it lives only for the length of one request.
final class CurlTransfer {
    var headers = CurlHeaders()
    var body = Data()
    let shouldAbort: (@Sendable () -> Bool)?

    init(shouldAbort: (@Sendable () -> Bool)?) {
        self.shouldAbort = shouldAbort
    }

    /// Takes one raw header line. A status line starts a new header block: informational answers
    /// (`100 Continue`) come before the real one and their fields must not leak into it.
    func receiveHeaderLine(_ bytes: UnsafeBufferPointer<UInt8>) {
        var line = Substring(decoding: bytes, as: UTF8.self)
        while let last = line.last, last.isNewline { line = line.dropLast() }
        if line.hasPrefix("HTTP/") {
            headers = CurlHeaders()
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = String(line[..<colon])
        let value = String(line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" })
        headers.append(name: name, value: value)
        if body.isEmpty, name.count == 14, name.lowercased() == "content-length", let length = Int(value),
            length > 0, length <= 64 << 20
        {
            body.reserveCapacity(length)
        }
    }
}

let curlReceiveBody: ccurl_data_callback = { buffer, size, count, context in
    let length = size * count
    guard let context, let buffer, length > 0 else { return length }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.body.append(UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: length)
    return length
}

let curlReceiveHeader: ccurl_data_callback = { buffer, size, count, context in
    let length = size * count
    guard let context, let buffer else { return length }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.receiveHeaderLine(
        UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: length))
    return length
}

/// Returning non-zero makes libcurl stop the transfer with `CURLE_ABORTED_BY_CALLBACK`.
let curlCheckAbort: ccurl_xferinfo_callback = { context, _, _, _, _ in
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    return transfer.shouldAbort?() == true ? 1 : 0
}

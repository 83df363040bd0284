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
    ///
    /// Works on the bytes: this runs for every header of every request, and character-level string
    /// processing here was a measurable share of a warm invocation.
    func receiveHeaderLine(_ bytes: UnsafeBufferPointer<UInt8>) {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end > 0 else { return }
        if end >= 5, bytes[0] == UInt8(ascii: "H"), bytes[1] == UInt8(ascii: "T"), bytes[2] == UInt8(ascii: "T"),
            bytes[3] == UInt8(ascii: "P"), bytes[4] == UInt8(ascii: "/")
        {
            headers = CurlHeaders()
            return
        }
        guard let colon = bytes[..<end].firstIndex(of: UInt8(ascii: ":")) else { return }
        var valueStart = colon + 1
        while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") || bytes[valueStart] == UInt8(ascii: "\t") {
            valueStart += 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<colon]), as: UTF8.self)
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self)
        headers.append(name: name, value: value)
        if body.isEmpty, colon == 14, name.lowercased() == "content-length", let length = Int(value),
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

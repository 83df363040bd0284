import CLibCrypto
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// SHA-256 and HMAC-SHA256, as SigV4 uses them, computed by OpenSSL's libcrypto.
///
/// libcurl already loads libcrypto for TLS (and a Lambda zip already carries it), so hashing there
/// costs a function nothing in size; a copy of its own (BoringSSL, through swift-crypto) made
/// every bootstrap that talks to AWS 4 MB larger (1.4 MB in its zip).
enum SHA256 {
    /// Bytes in a digest.
    static let byteCount = 32

    /// The algorithm, looked up once: OpenSSL 3 otherwise looks it up by name on every call.
    nonisolated(unsafe) private static let algorithm: OpaquePointer = {
        guard let fetched = EVP_MD_fetch(nil, "SHA256", nil) else {
            fatalError("libcrypto has no SHA256: \(libcryptoError())")
        }
        return fetched
    }()

    /// The SHA-256 digest of `bytes`.
    static func hash(_ bytes: some ContiguousBytes) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: byteCount)
        var length: UInt32 = 0
        let succeeded = bytes.withUnsafeBytes { input in
            digest.withUnsafeMutableBufferPointer { output in
                EVP_Digest(input.baseAddress, input.count, output.baseAddress, &length, algorithm, nil)
            }
        }
        // Empty input needs no address. Failing is libcrypto out of memory: nothing left to sign with.
        guard succeeded == 1, length == byteCount else { fatalError("SHA-256 failed: \(libcryptoError())") }
        return digest
    }

    /// The HMAC-SHA256 of `message` under `key`.
    static func authenticationCode(for message: some ContiguousBytes, key: [UInt8]) -> [UInt8] {
        var code = [UInt8](repeating: 0, count: byteCount)
        var length: UInt32 = 0
        let result = message.withUnsafeBytes { input in
            key.withUnsafeBytes { key in
                code.withUnsafeMutableBufferPointer { output in
                    HMAC(
                        algorithm, key.baseAddress, Int32(key.count),
                        input.baseAddress?.assumingMemoryBound(to: UInt8.self), input.count,
                        output.baseAddress, &length)
                }
            }
        }
        guard result != nil, length == byteCount else { fatalError("HMAC-SHA256 failed: \(libcryptoError())") }
        return code
    }

    /// libcrypto's reason for the last failure on this thread.
    private static func libcryptoError() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(ERR_get_error(), &buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

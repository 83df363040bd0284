@testable import AWSClient
import Foundation
import Testing

/// The published vectors: FIPS 180-2 for the digest, RFC 4231 for the MAC, including the empty
/// inputs and a key longer than SHA-256's 64-byte block (which HMAC hashes first).
@Suite struct SHA256Tests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func digestsMatchThePublishedVectors(input: String, expected: String) {
        #expect(SHA256.hash(Self.bytes(input)).lowercaseHex == expected)
        #expect(SHA256.hash(Data(input.utf8)).lowercaseHex == expected)
    }

    @Test func aMillionBytesDigestAsPublished() {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hash(input).lowercaseHex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [
        ([UInt8](repeating: 0x0b, count: 20), bytes("Hi There"),
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (bytes("Jefe"), bytes("what do ya want for nothing?"),
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        ([UInt8](repeating: 0xaa, count: 131), bytes("Test Using Larger Than Block-Size Key - Hash Key First"),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        ([], [], "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"),
    ])
    func authenticationCodesMatchThePublishedVectors(key: [UInt8], message: [UInt8], expected: String) {
        #expect(SHA256.authenticationCode(for: message, key: key).lowercaseHex == expected)
    }

    @Test func hashingFromManyThreadsAtOnceAgrees() async {
        let input = Self.bytes("abc")
        let results = await withTaskGroup(of: String.self, returning: Set<String>.self) { group in
            for _ in 0..<64 { group.addTask { SHA256.hash(input).lowercaseHex } }
            return await group.reduce(into: []) { $0.insert($1) }
        }
        #expect(results == ["ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"])
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Synchronization

/// Lambda's request ids: random (version 4) UUIDs in lowercase hex, `8-4-4-4-12`.
///
/// Every invocation takes one on the path of its request. Foundation's `UUID()` opens, reads and
/// closes `/dev/urandom` for each, three system calls a request; here the device stays open and its
/// bytes are read a page at a time, then handed out sixteen at a time.
public enum RequestID {
    /// A fresh request id, such as `c6af9ac6-7b61-4aa1-9ac8-b2f4f1d3c3e1`.
    public static func random() -> String {
        let bytes = randomBytes.withLock { $0.take16() }
        return format(bytes)
    }

    /// The id of the 16 bytes, with the version (4) and variant (RFC 9562) bits set.
    static func format(_ raw: (UInt64, UInt64)) -> String {
        // Version 4 in the high nibble of byte 6, variant 0b10 in the top bits of byte 8.
        let high = (raw.0 & ~0x0000_0000_0000_F000) | 0x0000_0000_0000_4000
        let low = (raw.1 & ~0xC000_0000_0000_0000) | 0x8000_0000_0000_0000
        return String(unsafeUninitializedCapacity: 36) { text in
            var position = 0
            func put(_ value: UInt64, digits: Int) {
                var shift = (digits - 1) * 4
                while shift >= 0 {
                    text[position] = hexDigits[Int((value >> UInt64(shift)) & 0xF)]
                    position += 1
                    shift -= 4
                }
            }
            func dash() {
                text[position] = UInt8(ascii: "-")
                position += 1
            }
            put(high >> 32, digits: 8)
            dash()
            put((high >> 16) & 0xFFFF, digits: 4)
            dash()
            put(high & 0xFFFF, digits: 4)
            dash()
            put(low >> 48, digits: 4)
            dash()
            put(low & 0xFFFF_FFFF_FFFF, digits: 12)
            return position
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
    private static let randomBytes = Mutex(RandomPage())
}

/// A page of the operating system's random bytes, refilled when used up.
private struct RandomPage: ~Copyable {
    private static let words = 512
    private let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: RandomPage.words)
    private var next = RandomPage.words

    mutating func take16() -> (UInt64, UInt64) {
        if next + 2 > Self.words {
            refill()
            next = 0
        }
        defer { next += 2 }
        return (storage[next], storage[next + 1])
    }

    /// `/dev/urandom`, opened once and kept (close-on-exec, so no function inherits it); -1 when it
    /// cannot be opened.
    private let source = open("/dev/urandom", O_RDONLY | O_CLOEXEC)

    private func refill() {
        let wanted = Self.words * MemoryLayout<UInt64>.size
        var filled = 0
        let raw = UnsafeMutableRawPointer(storage)
        while source >= 0 && filled < wanted {
            let got = read(source, raw + filled, wanted - filled)
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            filled += got
        }
        // Without the device (a container without /dev), the standard library's generator.
        if filled < wanted {
            var generator = SystemRandomNumberGenerator()
            for index in 0..<Self.words { storage[index] = generator.next() }
        }
    }

    deinit {
        storage.deallocate()
        if source >= 0 { close(source) }
    }
}

/// A `cidr` filter: an IPv4 or IPv6 network such as `10.0.0.0/24` or `2001:db8::/32`.
struct CIDRBlock: Sendable, Hashable {
    let network: [UInt8]
    let prefixLength: Int

    init(_ text: String) throws(EventPatternError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let address = IPAddress.bytes(of: String(parts[0])),
              let length = Int(parts[1]), parts[1].allSatisfy(\.isASCII),
              (0...(address.count * 8)).contains(length)
        else {
            throw EventPatternError(reason: "Nonstandard IP address: \(text)")
        }
        network = address
        prefixLength = length
    }

    /// Whether the text is an address of the same family inside the network.
    func contains(_ text: String) -> Bool {
        guard let address = IPAddress.bytes(of: text), address.count == network.count else { return false }
        var remaining = prefixLength
        for (mine, theirs) in zip(network, address) where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            guard mine & mask == theirs & mask else { return false }
            remaining -= bits
        }
        return true
    }
}

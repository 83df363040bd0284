import Testing

@Suite("cidr")
struct CIDRTests {
    @Test func ipv4() throws {
        let pattern = #"{"detail":{"sourceIPAddress":[{"cidr":"10.0.0.0/24"}]}}"#
        #expect(try matches(pattern, #"{"detail":{"sourceIPAddress":"10.0.0.0"}}"#))
        #expect(try matches(pattern, #"{"detail":{"sourceIPAddress":"10.0.0.255"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"sourceIPAddress":"10.0.1.1"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"sourceIPAddress":"not an address"}}"#))
    }

    @Test func prefixLengthsThatSplitAByte() throws {
        let pattern = #"{"ip":[{"cidr":"192.168.64.0/18"}]}"#
        #expect(try matches(pattern, #"{"ip":"192.168.127.1"}"#))
        #expect(try !matches(pattern, #"{"ip":"192.168.128.1"}"#))
    }

    @Test func ipv6() throws {
        let pattern = #"{"ip":[{"cidr":"2001:db8::/32"}]}"#
        #expect(try matches(pattern, #"{"ip":"2001:db8:1234::1"}"#))
        #expect(try matches(pattern, #"{"ip":"2001:0DB8:0:0:0:0:0:1"}"#))
        #expect(try !matches(pattern, #"{"ip":"2001:db9::1"}"#))
        #expect(try !matches(pattern, #"{"ip":"10.0.0.1"}"#))
    }

    @Test func invalidBlocksAreRefused() {
        #expect(refusal(#"{"ip":[{"cidr":"10.0.0.0"}]}"#) != nil)
        #expect(refusal(#"{"ip":[{"cidr":"10.0.0.0/33"}]}"#) != nil)
        #expect(refusal(#"{"ip":[{"cidr":"10.0.0/8"}]}"#) != nil)
        #expect(refusal(#"{"ip":[{"cidr":"10.0.0.0/8"}]}"#) == nil)
    }
}

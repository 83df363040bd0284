import HTTPFunctionKit
import Testing

@Suite struct OpaqueCursorTests {
    @Test func fieldsRoundTripInURLSafeText() {
        let text = OpaqueCursor.encode(["store-1", "PENDING#03#17#r/1+?"], purpose: "test-1")
        #expect(text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(OpaqueCursor.decode(text, purpose: "test-1", count: 2) == ["store-1", "PENDING#03#17#r/1+?"])
    }

    @Test func anythingElseIsRefused() {
        let text = OpaqueCursor.encode(["a", "b"], purpose: "test-1")
        var flipped = Array(text)
        flipped[3] = flipped[3] == "A" ? "B" : "A"
        for other in ["", "%%%", "e30", String(flipped), String(text.dropLast(3)), String(repeating: "A", count: 2_000)] {
            #expect(OpaqueCursor.decode(other, purpose: "test-1", count: 2) == nil, "\(other)")
        }
        // Another route's cursor, or one with another number of fields.
        #expect(OpaqueCursor.decode(text, purpose: "test-2", count: 2) == nil)
        #expect(OpaqueCursor.decode(text, purpose: "test-1", count: 3) == nil)
        // Whoever encodes fields gets a valid cursor: the checksum catches edits, it is no signature.
        let forged = OpaqueCursor.encode(["a", "c"], purpose: "test-1")
        #expect(OpaqueCursor.decode(forged, purpose: "test-1", count: 2) == ["a", "c"])
        #expect(forged != text)
    }
}

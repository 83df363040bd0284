import Foundation
import Testing
@testable import SupervisorQueue

/// The list cursor: what a page hands out reads back as the same place, and anything else is a 400.
@Suite struct RequestCursorTests {
    let store = try! StoreID("store-1")
    let after = RequestSortKey(status: .pending, priority: try! Priority(7), requestedAt: 1_714_564_800_000, requestId: try! RequestID("r-9"))

    func refusal(_ text: String, store: StoreID? = nil, status: RequestStatus = .pending) -> RequestProblem? {
        do {
            _ = try RequestCursor(text: text, storeId: store ?? self.store, status: status)
            return nil
        } catch {
            return error
        }
    }

    @Test func aCursorRoundTrips() throws {
        let cursor = RequestCursor(storeId: store, after: after)
        let read = try RequestCursor(text: cursor.text, storeId: store, status: .pending)
        #expect(read == cursor)
        #expect(read.exclusiveStartKey == ["storeId": .string("store-1"), "sk": .string(after.text)])
        #expect(cursor.text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }, "URL-safe")
    }

    @Test func aTamperedCursorIsABadRequest() throws {
        let text = RequestCursor(storeId: store, after: after).text
        var flipped = Array(text)
        flipped[10] = flipped[10] == "a" ? "b" : "a"
        // A cursor whose JSON is rewritten by hand, with a later key but the old checksum.
        var json = try #require(
            try JSONSerialization.jsonObject(with: Data(base64Encoded: text + String(repeating: "=", count: (4 - text.count % 4) % 4))!) as? [String])
        json[1] = "PENDING#00#1714564800000#r-9"
        let rewritten = try JSONSerialization.data(withJSONObject: json).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        for tampered in ["", "%%%", "e30", String(flipped), String(text.dropLast(4)), text + "AA", rewritten, String(repeating: "A", count: 2_000)] {
            let problem = refusal(tampered)
            #expect(problem?.kind == .invalid, "\(tampered)")
            #expect(problem?.message.contains("cursor") == true)
        }
    }

    @Test func aCursorOfAnotherStoreOrStatusIsABadRequest() throws {
        let text = RequestCursor(storeId: store, after: after).text
        #expect(refusal(text, store: try StoreID("store-2"))?.kind == .invalid)
        #expect(refusal(text, status: .notPending)?.kind == .invalid)
    }

    @Test func theListQueryReadsItsParameters() throws {
        let defaults = try ListQuery(parameters: [:], storeId: store)
        #expect(defaults.status == .pending)
        #expect(defaults.limit == 20)
        #expect(defaults.cursor == nil)
        let cursor = RequestCursor(storeId: store, after: after)
        let full = try ListQuery(parameters: ["status": "PENDING", "limit": "100", "cursor": cursor.text], storeId: store)
        #expect(full.limit == 100)
        #expect(full.cursor == cursor)
        #expect(try ListQuery(parameters: ["status": "NOT_PENDING", "limit": "1"], storeId: store).status == .notPending)

        func problem(_ parameters: [String: String]) -> String? {
            do {
                _ = try ListQuery(parameters: parameters, storeId: store)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(problem(["status": "pending"]) == "status must be PENDING or NOT_PENDING, got \"pending\"")
        #expect(problem(["status": "DONE"])?.hasPrefix("status must be") == true)
        #expect(problem(["limit": "0"]) == "limit must be an integer from 1 to 100, got \"0\"")
        #expect(problem(["limit": "101"])?.hasPrefix("limit must be") == true)
        #expect(problem(["limit": "ten"])?.hasPrefix("limit must be") == true)
        #expect(problem(["status": "NOT_PENDING", "cursor": cursor.text])?.contains("cursor") == true)
    }
}

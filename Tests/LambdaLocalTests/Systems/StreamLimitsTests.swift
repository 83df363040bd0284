import CurlHTTP
import Foundation
import Testing

/// The stream limits (startFn, endFn) through `lambda-local start` on the package's template:
/// HTTP in through the API Gateway, leases checked in the local DynamoDB.
@Suite struct StreamLimitsTests {
    static func start(_ server: RootTemplateServer, _ user: String, _ stream: String? = nil) async throws -> CurlResponse {
        var body: [String: Any] = ["userId": user]
        if let stream { body["streamId"] = stream }
        return try await server.send("POST", "/stream/start", json: body)
    }

    static func end(_ server: RootTemplateServer, _ user: String, _ stream: String? = nil) async throws -> CurlResponse {
        var body: [String: Any] = ["userId": user]
        if let stream { body["streamId"] = stream }
        return try await server.send("POST", "/stream/end", json: body)
    }

    static func record(_ server: RootTemplateServer, _ user: String, _ stream: String) async throws -> CurlResponse {
        try await server.send("POST", "/stream-record", json: ["userId": user, "streamId": stream])
    }

    /// The user's lease map as stored.
    static func leases(_ server: RootTemplateServer, _ user: String) async throws -> [String: Any] {
        let table = try await server.tableName(containing: "StreamLeases")
        let item = try await server.dynamo("GetItem", ["TableName": table, "Key": ["userId": ["S": user]], "ConsistentRead": true])
        return ((item["Item"] as? [String: Any])?["leases"] as? [String: Any])?["M"] as? [String: Any] ?? [:]
    }

    @Test func theFourthStartIsRefusedUntilAnEndFreesASlot() async throws {
        try await RootTemplateServer.run { server in
            for expected in 1...3 {
                let started = try await Self.start(server, "viewer")
                #expect(started.status == 200, "\(started.text)")
                #expect(started.json["activeStreams"] as? Int == expected)
                #expect(started.json["maxStreams"] as? Int == 3)
                // A start without a stream id is given one, so that it too can be ended and expire.
                #expect((started.json["streamId"] as? String)?.isEmpty == false)
            }
            let refused = try await Self.start(server, "viewer")
            #expect(refused.status == 403)
            #expect(refused.json["message"] as? String
                == "user viewer already has 3 active streams, the most allowed is 3; end one before starting another")
            #expect(try await Self.leases(server, "viewer").count == 3)

            let ended = try await Self.end(server, "viewer")
            #expect(ended.status == 200, "\(ended.text)")
            #expect(ended.json["activeStreams"] as? Int == 2)
            let again = try await Self.start(server, "viewer")
            #expect(again.status == 200)
            #expect(again.json["activeStreams"] as? Int == 3)
            // Another user's slots are their own.
            #expect(try await Self.start(server, "someone-else").status == 200)
        }
    }

    @Test func recordingTheSameStreamTwiceTakesOneSlot() async throws {
        try await RootTemplateServer.run { server in
            let first = try await Self.record(server, "u", "match-1")
            #expect(first.status == 200, "\(first.text)")
            #expect(first.json["renewed"] as? Bool == false)
            let second = try await Self.record(server, "u", "match-1")
            #expect(second.status == 200)
            #expect(second.json["renewed"] as? Bool == true)
            #expect(second.json["activeStreams"] as? Int == 1)
            #expect(try await Self.record(server, "u", "match-2").json["activeStreams"] as? Int == 2)
            #expect(try await Self.start(server, "u", "match-3").json["activeStreams"] as? Int == 3)
            // At the limit, a stream that is active already is still renewed; a new one is refused.
            #expect(try await Self.record(server, "u", "match-1").status == 200)
            let refused = try await Self.record(server, "u", "match-4")
            #expect(refused.status == 403)
            #expect((refused.json["message"] as? String)?.contains("already has 3 active streams") == true)
            #expect(Set(try await Self.leases(server, "u").keys) == ["match-1", "match-2", "match-3"])
        }
    }

    @Test func anEndFreesTheNamedStreamAndRefusesOneThatIsNotActive() async throws {
        try await RootTemplateServer.run { server in
            let nothing = try await Self.end(server, "u")
            #expect(nothing.status == 403)
            #expect(nothing.json["message"] as? String == "user u has no active stream to end")
            #expect(try await Self.start(server, "u", "s1").status == 200)
            #expect(try await Self.start(server, "u", "s2").status == 200)
            let wrong = try await Self.end(server, "u", "s3")
            #expect(wrong.status == 403)
            #expect(wrong.json["message"] as? String == "stream s3 is not active for user u")
            let ended = try await Self.end(server, "u", "s2")
            #expect(ended.status == 200)
            #expect(ended.json["streamId"] as? String == "s2")
            #expect(ended.json["activeStreams"] as? Int == 1)
            #expect(try await Self.end(server, "u", "s2").status == 403)
            #expect(Array(try await Self.leases(server, "u").keys) == ["s1"])
            #expect(try await Self.end(server, "u", "s1").status == 200)
            #expect(try await Self.end(server, "u").status == 403)
        }
    }

    @Test func badInputsAreClientErrorsThatSayWhatIsWrong() async throws {
        try await RootTemplateServer.run { server in
            let cases: [(String, String, Any?, String)] = [
                ("/stream/start", "no body", nil, "userId is required"),
                ("/stream/start", "not JSON", "{userId: 1", "the body is not valid JSON"),
                ("/stream/start", "a numeric user", ["userId": 1], "userId must be a string"),
                ("/stream/start", "an empty user", ["userId": ""], "userId must have 1 to 256 characters"),
                ("/stream/start", "an empty stream", ["userId": "u", "streamId": ""], "streamId must have 1 to 128 characters"),
                ("/stream/start", "a long stream", ["userId": "u", "streamId": String(repeating: "s", count: 129)],
                 "streamId must have 1 to 128 characters"),
                ("/stream-record", "no stream", ["userId": "u"], "streamId is required"),
                ("/stream-record", "a control character", ["userId": "u", "streamId": "a\u{7}"], "streamId must not contain control characters"),
                ("/stream/end", "a numeric stream", ["userId": "u", "streamId": 5], "streamId must be a string"),
                ("/stream/end", "no user", ["streamId": "s"], "userId is required"),
            ]
            for (path, label, body, message) in cases {
                let response = try await server.send("POST", path, json: body)
                #expect(response.status == 400, "\(label): \(response.status) \(response.text)")
                #expect(response.json["message"] as? String == message, "\(label)")
            }
            // Nothing was taken by any of them.
            #expect(try await Self.leases(server, "u").isEmpty)
        }
    }

    @Test func anExpiredLeaseIsReclaimedByTheNextStart() async throws {
        // Leases long enough that a busy machine still refuses the fourth start before they run out.
        try await RootTemplateServer.run(environment: ["startFn": ["STREAM_LEASE_SECONDS": "8"]]) { server in
            let firstStart = ContinuousClock.now
            for stream in ["a", "b", "c"] {
                #expect(try await Self.start(server, "forgetful", stream).status == 200)
            }
            #expect(try await Self.start(server, "forgetful", "d").status == 403)
            try await Task.sleep(until: firstStart + .milliseconds(8_500 + 1_000))
            // Nobody ended a, b or c; their leases ran out, and the next start takes their place.
            let reclaimed = try await Self.start(server, "forgetful", "d")
            #expect(reclaimed.status == 200, "\(reclaimed.text)")
            #expect(reclaimed.json["activeStreams"] as? Int == 1)
            #expect(Array(try await Self.leases(server, "forgetful").keys) == ["d"])
            // An end without a stream id passes over expired leases: only d is live.
            #expect(try await Self.end(server, "forgetful").json["streamId"] as? String == "d")
        }
    }

    @Test func twoHundredParallelStartsForOneUserTakeExactlyTheLimit() async throws {
        try await RootTemplateServer.run { server in
            let statuses = try await RootTemplateServer.inParallel(200, width: 50) { index in
                try await Self.start(server, "crowd", "stream-\(index)").status
            }
            #expect(statuses.filter { $0 == 200 }.count == 3)
            #expect(statuses.filter { $0 == 403 }.count == 197)
            #expect(try await Self.leases(server, "crowd").count == 3)
            // The same again for a user whose item does not exist yet when the crowd arrives, and with
            // no stream ids at all.
            let anonymous = try await RootTemplateServer.inParallel(200, width: 50) { _ in
                try await Self.start(server, "fresh").status
            }
            #expect(anonymous.filter { $0 == 200 }.count == 3)
            #expect(anonymous.filter { $0 == 403 }.count == 197)
            #expect(try await Self.leases(server, "fresh").count == 3)
        }
    }

    @Test func theSampleEventsAreValidInputForInvoke() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stream-events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Each invoke has fresh state: nothing is active, so the end is refused.
        for (function, file, status) in [("startFn", "startFn", 200), ("startFn", "startFn-record", 200), ("endFn", "endFn", 403)] {
            let event = try String(contentsOfFile: "\(BuiltProducts.packageRoot)/events/\(file).json", encoding: .utf8)
            let run = try await invokeRootFunction(function, event: event, in: folder)
            #expect(run.status == 0, "\(file): \(run.stderr)")
            #expect(run.json["statusCode"] as? Int == status, "\(file): \(run.stdoutText)")
        }
    }
}

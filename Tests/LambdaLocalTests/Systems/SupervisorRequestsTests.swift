import CurlHTTP
import Foundation
import Testing

/// The supervisor requests system on the package's own template: a store's requests created,
/// listed in order page by page, read, answered, closed and deleted over HTTP through
/// `lambda-local start`, every mistake answered with its status and message, and requests nobody
/// answered timed out by supervisorTimeouts invoked with a scheduled event.
@Suite struct SupervisorRequestsSystemTests {
    static func create(
        _ server: RootTemplateServer, store: String, question: String, priority: Int? = nil, requestId: String? = nil
    ) async throws -> [String: Any] {
        var body: [String: Any] = ["question": question]
        if let priority { body["priority"] = priority }
        if let requestId { body["requestId"] = requestId }
        let answer = try await server.send("POST", "/stores/\(store)/requests", json: body)
        guard answer.status == 201 else {
            throw ServerProcess.Failure(description: "create answered \(answer.status): \(answer.text)")
        }
        return answer.json
    }

    /// Every page of a store's list of `status`, `limit` at a time.
    static func allPages(_ server: RootTemplateServer, store: String, status: String, limit: Int) async throws -> (ids: [String], pages: Int) {
        var ids: [String] = []
        var pages = 0
        var cursor: String?
        repeat {
            let query = "status=\(status)&limit=\(limit)" + (cursor.map { "&cursor=\($0)" } ?? "")
            let page = try await server.send("GET", "/stores/\(store)/requests?\(query)")
            guard page.status == 200 else { throw ServerProcess.Failure(description: "list answered \(page.status): \(page.text)") }
            let requests = page.json["requests"] as? [[String: Any]] ?? []
            #expect(requests.count <= limit)
            ids += requests.compactMap { $0["requestId"] as? String }
            cursor = page.json["cursor"] as? String
            pages += 1
        } while cursor != nil && pages < 20
        return (ids, pages)
    }

    static func message(_ response: CurlResponse) -> String { response.json["message"] as? String ?? response.text }

    @Test func aStoresRequestsGoThroughTheirLife() async throws {
        let server = try await RootTemplateServer()
        let store = "store-17"
        var ids: [String] = []
        for (index, priority) in [3, 10, 3, 7, 10].enumerated() {
            let created = try await Self.create(server, store: store, question: "question \(index)", priority: priority)
            #expect(created["status"] as? String == "PENDING")
            #expect(created["statusCode"] as? String == "PENDING_RESPONSE")
            #expect(created["priority"] as? Int == priority)
            #expect(created["storeId"] as? String == store)
            ids.append(created["requestId"] as? String ?? "")
            // Distinct milliseconds, so that "oldest first" has one answer.
            try await Task.sleep(for: .milliseconds(5))
        }
        let standard = try await Self.create(server, store: "store-18", question: "another store's question")
        #expect(standard["priority"] as? Int == 5)

        // Highest priority first, then oldest first, two at a time.
        let listed = try await Self.allPages(server, store: store, status: "PENDING", limit: 2)
        #expect(listed.ids == [ids[1], ids[4], ids[3], ids[0], ids[2]])
        #expect(listed.pages >= 3)
        #expect(try await Self.allPages(server, store: store, status: "PENDING", limit: 100).ids == listed.ids)

        let got = try await server.send("GET", "/stores/\(store)/requests/\(ids[3])")
        #expect(got.status == 200)
        #expect(got.json["question"] as? String == "question 3")
        #expect(try await server.send("GET", "/stores/store-18/requests/\(ids[3])").status == 404, "another store's request")

        // Answer one, close another without an answer.
        let answered = try await server.send(
            "PATCH", "/stores/\(store)/requests/\(ids[3])", json: ["statusCode": "RESPONSE_RECEIVED", "response": "Approved."])
        #expect(answered.status == 200, "\(answered.text)")
        #expect(answered.json["status"] as? String == "NOT_PENDING")
        #expect(answered.json["statusCode"] as? String == "RESPONSE_RECEIVED")
        #expect(answered.json["response"] as? String == "Approved.")
        #expect(answered.json["resolvedAt"] as? String != nil)
        let again = try await server.send("PATCH", "/stores/\(store)/requests/\(ids[3])", json: ["statusCode": "UNRESOLVED"])
        #expect(again.status == 409)
        #expect(Self.message(again).contains("RESPONSE_RECEIVED already"))
        let closed = try await server.send("PATCH", "/stores/\(store)/requests/\(ids[0])", json: ["statusCode": "UNRESOLVED"])
        #expect(closed.status == 200)
        #expect(closed.json["statusCode"] as? String == "UNRESOLVED")
        #expect(try await server.send("GET", "/stores/\(store)/requests/\(ids[0])").json["status"] as? String == "NOT_PENDING")

        #expect(try await Self.allPages(server, store: store, status: "PENDING", limit: 2).ids == [ids[1], ids[4], ids[2]])
        #expect(try await Self.allPages(server, store: store, status: "NOT_PENDING", limit: 1).ids == [ids[3], ids[0]])

        // Deleted, whatever its status.
        let deleted = try await server.send("DELETE", "/stores/\(store)/requests/\(ids[1])")
        #expect(deleted.status == 204)
        #expect(try await server.send("GET", "/stores/\(store)/requests/\(ids[1])").status == 404)
        let deletedAgain = try await server.send("DELETE", "/stores/\(store)/requests/\(ids[1])")
        #expect(deletedAgain.status == 404)
        #expect(Self.message(deletedAgain) == "store \(store) has no request \(ids[1])")
        #expect(try await server.send("DELETE", "/stores/\(store)/requests/\(ids[3])").status == 204)
        #expect(try await Self.allPages(server, store: store, status: "PENDING", limit: 10).ids == [ids[4], ids[2]])
        #expect(try await Self.allPages(server, store: store, status: "NOT_PENDING", limit: 10).ids == [ids[0]])
        await server.stop()
    }

    @Test func everyMistakeGetsItsStatusAndAMessage() async throws {
        let server = try await RootTemplateServer()
        let store = "store-9"
        let first = try await Self.create(server, store: store, question: "first", requestId: "req-1")
        #expect(first["requestId"] as? String == "req-1")
        _ = try await Self.create(server, store: store, question: "second")

        let cases: [(String, String, Any?, Int, String)] = [
            ("POST", "/stores/\(store)/requests", "{", 400, "the body is not valid JSON"),
            ("POST", "/stores/\(store)/requests", nil, 400, "a JSON body is required"),
            ("POST", "/stores/\(store)/requests", ["priority": 3], 400, "question is required"),
            ("POST", "/stores/\(store)/requests", ["question": "   "], 400, "question must not be empty"),
            ("POST", "/stores/\(store)/requests", ["question": "q", "priority": "high"], 400, "priority must be a number"),
            ("POST", "/stores/\(store)/requests", ["question": "q", "priority": 11], 400, "priority must be an integer from 1 to 10, got 11"),
            ("POST", "/stores/\(store)/requests", ["question": "q", "requestId": "a#b"], 400, "requestId must be 1 to 64"),
            ("POST", "/stores/\(store)/requests", ["question": "q", "requestId": "req-1"], 409, "store store-9 already has a request req-1"),
            ("POST", "/stores/\(String(repeating: "s", count: 65))/requests", ["question": "q"], 400, "storeId must be 1 to 64"),
            ("GET", "/stores/\(store)/requests?status=DONE", nil, 400, "status must be PENDING or NOT_PENDING"),
            ("GET", "/stores/\(store)/requests?limit=0", nil, 400, "limit must be an integer from 1 to 100"),
            ("GET", "/stores/\(store)/requests?cursor=bm90LWEtY3Vyc29y", nil, 400, "cursor is not one this list handed out"),
            ("GET", "/stores/\(store)/requests/req-404", nil, 404, "store store-9 has no request req-404"),
            ("PATCH", "/stores/\(store)/requests/req-404", ["statusCode": "UNRESOLVED"], 404, "store store-9 has no request req-404"),
            ("PATCH", "/stores/\(store)/requests/req-1", ["statusCode": "TIMEOUT"], 400, "statusCode must be RESPONSE_RECEIVED or UNRESOLVED"),
            ("PATCH", "/stores/\(store)/requests/req-1", ["statusCode": "RESPONSE_RECEIVED"], 400, "response is required"),
            ("PATCH", "/stores/\(store)/requests/req-1", ["response": 42], 400, "response must be a string"),
            ("DELETE", "/stores/\(store)/requests/req-404", nil, 404, "store store-9 has no request req-404"),
        ]
        for (method, path, body, status, message) in cases {
            let answer = try await server.send(method, path, json: body)
            #expect(answer.status == status, "\(method) \(path) \(String(describing: body)): \(answer.text)")
            #expect(Self.message(answer).contains(message), "\(method) \(path): \(answer.text)")
        }

        // A cursor is only good for the list it came from.
        let page = try await server.send("GET", "/stores/\(store)/requests?limit=1")
        let cursor = try #require(page.json["cursor"] as? String)
        #expect(try await server.send("GET", "/stores/\(store)/requests?limit=1&cursor=\(cursor)").status == 200)
        #expect(try await server.send("GET", "/stores/store-10/requests?limit=1&cursor=\(cursor)").status == 400)
        #expect(try await server.send("GET", "/stores/\(store)/requests?status=NOT_PENDING&cursor=\(cursor)").status == 400)
        var tampered = Array(cursor)
        tampered[4] = tampered[4] == "x" ? "y" : "x"
        #expect(try await server.send("GET", "/stores/\(store)/requests?limit=1&cursor=\(String(tampered))").status == 400)

        // Nothing above changed the requests.
        #expect(try await Self.allPages(server, store: store, status: "PENDING", limit: 10).ids.count == 2)
        await server.stop()
    }

    @Test func requestsNobodyAnswersTimeOut() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("supervisor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = folder.appendingPathComponent("state.sqlite").path
        let server = try await RootTemplateServer(state: state)
        let store = "store-3"
        let old = try await Self.create(server, store: store, question: "waiting too long", priority: 9)["requestId"] as? String ?? ""
        let answered = try await Self.create(server, store: store, question: "answered in time")["requestId"] as? String ?? ""
        #expect(try await server.send(
            "PATCH", "/stores/\(store)/requests/\(answered)", json: ["statusCode": "RESPONSE_RECEIVED", "response": "Done."]).status == 200)
        // The first request is past the 5-second timeout when the sweep runs; the last one is made
        // just before it, leaving 5 seconds for even a slow machine to start the sweep.
        try await Task.sleep(for: .seconds(5.5))
        let recent = try await Self.create(server, store: store, question: "just asked")["requestId"] as? String ?? ""

        let eventFile = folder.appendingPathComponent("schedule.json")
        try Data(try String(contentsOfFile: "\(BuiltProducts.packageRoot)/events/supervisorTimeouts.json", encoding: .utf8).utf8)
            .write(to: eventFile)
        let envFile = folder.appendingPathComponent("env.json")
        try JSONSerialization.data(withJSONObject: ["supervisorTimeouts": ["REQUEST_TIMEOUT_SECONDS": "5"]]).write(to: envFile)
        func sweep() async throws -> CommandRun {
            try await CommandRun.run(
                BuiltProducts.lambdaLocal,
                ["invoke", "supervisorTimeouts", "-e", eventFile.path, "-t", RootTemplateServer.template,
                 "--products", BuiltProducts.directory, "--state", state, "--env-vars", envFile.path],
                in: folder.path, timeout: .seconds(60))
        }
        let first = try await sweep()
        #expect(first.status == 0, "\(first.stdoutText) \(first.stderr)")
        #expect(first.json["timedOut"] as? Int == 1, "\(first.stdoutText)")
        // A second run (a redelivered schedule) finds nothing more to do.
        let second = try await sweep()
        #expect(second.status == 0)
        #expect(second.json["timedOut"] as? Int == 0, "\(second.stdoutText)")

        let timedOut = try await server.send("GET", "/stores/\(store)/requests/\(old)")
        #expect(timedOut.json["status"] as? String == "NOT_PENDING")
        #expect(timedOut.json["statusCode"] as? String == "TIMEOUT")
        #expect(try await server.send("GET", "/stores/\(store)/requests/\(recent)").json["statusCode"] as? String == "PENDING_RESPONSE")
        #expect(try await server.send("GET", "/stores/\(store)/requests/\(answered)").json["statusCode"] as? String == "RESPONSE_RECEIVED")
        #expect(try await Self.allPages(server, store: store, status: "PENDING", limit: 10).ids == [recent])
        #expect(try await Self.allPages(server, store: store, status: "NOT_PENDING", limit: 10).ids == [old, answered])
        let late = try await server.send("PATCH", "/stores/\(store)/requests/\(old)", json: ["statusCode": "RESPONSE_RECEIVED", "response": "Sorry."])
        #expect(late.status == 409)
        #expect(Self.message(late).contains("TIMEOUT already"))

        await server.stop()
    }

    @Test func theSampleEventsAreValidInput() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("supervisor-events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = BuiltProducts.packageRoot
        let expected = [
            ("supervisorRequests", "supervisorRequests.json", 201),
            ("supervisorRequests", "supervisorRequests-list.json", 200),
            ("supervisorRequests", "supervisorRequests-answer.json", 404),
            ("supervisorRequests", "supervisorRequests-invalid.json", 400),
        ]
        for (function, file, status) in expected {
            let run = try await invokeRootFunction(function, event: try String(contentsOfFile: "\(root)/events/\(file)", encoding: .utf8), in: folder)
            #expect(run.status == 0, "\(file): \(run.stdoutText) \(run.stderr)")
            #expect(run.json["statusCode"] as? Int == status, "\(file): \(run.stdoutText)")
        }
        let sweep = try await invokeRootFunction(
            "supervisorTimeouts", event: try String(contentsOfFile: "\(root)/events/supervisorTimeouts.json", encoding: .utf8), in: folder)
        #expect(sweep.status == 0, "\(sweep.stdoutText) \(sweep.stderr)")
        #expect(sweep.json["timedOut"] as? Int == 0)
    }
}

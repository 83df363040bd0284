import Foundation
import LocalLambda
import NIOCore
import Testing

/// The packaged `hello`, built on the runtime's concurrent form, as a Managed Instances environment
/// runs it: `AWS_LAMBDA_MAX_CONCURRENCY=4` in an otherwise empty root, four invocations at once in
/// the one process.
@Suite(.enabled(if: DeploymentArtifacts.packagesCheckable, "no zips in \(DeploymentArtifacts.packagesDirectory): \(DeploymentArtifacts.packagesHint)"))
struct PackagedZipConcurrencyTests {
    static let slots = 4

    @Test(arguments: LambdaImage.allCases)
    func helloServesFourInvocationsAtOnceFromItsZip(image: LambdaImage) async throws {
        let (root, lambdaVariables) = try await DeploymentArtifacts.emptyRoot(of: "hello", image: image)
        defer { root.remove() }
        let variables = lambdaVariables.merging(["AWS_LAMBDA_MAX_CONCURRENCY": String(Self.slots)]) { $1 }
        let lines = LineCollector()
        let instance = try await root.start(image: image, environment: variables, collecting: lines)
        let initOutcome = await instance.waitForInit(timeout: .seconds(20)).outcome
        guard initOutcome == .ready else {
            await instance.stop()
            await instance.catchUpWithOutput()
            Issue.record("hello did not start with \(Self.slots) slots as \(image): \(initOutcome)\n\(lines.text)")
            return
        }

        // Before any event exists, every slot asks for one: the server holds four `/next` at once,
        // where a runtime serving one invocation at a time holds one.
        var waiting = instance.server.waitingForEvents
        for _ in 0..<600 where waiting < Self.slots {
            try await Task.sleep(for: .milliseconds(50))
            waiting = instance.server.waitingForEvents
        }
        #expect(waiting == Self.slots, "\(waiting) /next waiting at once\n\(lines.text)")

        // The four events are handed out together, before any answer; each answer is its own
        // event's, with that event's invocation id echoed.
        let names = (1...Self.slots).map { "slot \($0)" }
        let answers = await withTaskGroup(of: (String, InvocationOutcome).self) { group in
            for name in names {
                group.addTask {
                    let request = InvocationRequest(
                        requestID: UUID().uuidString.lowercased(), payload: ByteBuffer(string: #"{"name":"\#(name)"}"#),
                        deadlineMilliseconds: Int64(Date().timeIntervalSince1970 * 1_000) + 60_000,
                        invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:hello")
                    return (name, await instance.invoke(request, timeout: .seconds(60)).outcome)
                }
            }
            var answers: [String: InvocationOutcome] = [:]
            for await (name, outcome) in group { answers[name] = outcome }
            return answers
        }
        let echoed = instance.server.echoedAnswers
        await instance.stop()
        await instance.catchUpWithOutput()
        for name in names {
            guard case .response(let body)? = answers[name] else {
                Issue.record("\(name): \(String(describing: answers[name]))\n\(lines.text)")
                continue
            }
            #expect(String(buffer: body) == #"{"message":"Hello, \#(name)!"}"#)
        }
        #expect(echoed == Self.slots, "\(echoed) of \(Self.slots) answers echoed their invocation id")
    }
}

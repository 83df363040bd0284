#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import LambdaRuntime

/// A function for the tests, built from the real runtime: its `_HANDLER` (the template's `Handler`)
/// picks what it does, so one binary plays every kind of well- and badly-behaved function.
@main
struct LambdaFixture {
    static func main() async {
        let handler = ProcessInfo.processInfo.environment["_HANDLER"] ?? "echo"
        switch handler {
        case "typed":
            await Lambda.run { (order: Order, _: LambdaContext) in
                OrderTotal(id: order.id, itemCount: order.items.count)
            }
        case "initfail":
            await Lambda.run(initialize: { (_: InitializationContext) async throws -> ClosureHandler<Order, OrderTotal> in
                throw FixtureInitFailure()
            })
        case "initcrash":
            exit(7)
        case "concurrent":
            // As many invocations at once as AWS_LAMBDA_MAX_CONCURRENCY says, each answering with the
            // process id after the event's `seconds`.
            await Lambda.runBytesConcurrently { event, context in
                try await FixtureBehavior(handler: "pid").handle(event, context: context)
            }
        default:
            await Lambda.runBytes { event, context in
                try await FixtureBehavior(handler: handler).handle(event, context: context)
            }
        }
    }
}

/// The typed event of the `typed` handler.
struct Order: Decodable {
    var id: Int
    var items: [String]
}

/// The typed result of the `typed` handler.
struct OrderTotal: Encodable {
    var id: Int
    var itemCount: Int
}

/// Thrown by the init phase of the `initfail` handler.
struct FixtureInitFailure: Error, CustomStringConvertible, LambdaErrorReportable {
    var errorType: String { "FixtureInitFailure" }
    var description: String { "the fixture was told to fail its init" }
}

/// Thrown by the `fail` handler, with the event's message.
struct FixtureFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

import LambdaRuntime

/// The event `hello` takes: `{"name": "World"}`; without a name it greets the world.
struct Greeting: Decodable {
    var name: String?
}

/// The answer: `{"message": "Hello, World!"}`.
struct Reply: Encodable {
    var message: String
}

/// A name that cannot be greeted.
struct InvalidName: Error, CustomStringConvertible, LambdaErrorReportable {
    var name: String
    var errorType: String { "InvalidName" }
    var description: String { "a name must have 1 to 64 characters, got \(name.count)" }
}

// The handler keeps no state, so it can serve Managed Instances: as many invocations at once as
// AWS_LAMBDA_MAX_CONCURRENCY says, and one at a time, as `Lambda.run` would, without it.
await Lambda.runConcurrently { (event: Greeting, context: LambdaContext) in
    let name = event.name ?? "World"
    guard (1...64).contains(name.count) else { throw InvalidName(name: name) }
    context.logger.info("greeting \(name)")
    return Reply(message: "Hello, \(name)!")
}

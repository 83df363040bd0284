import LocalDynamoDB
import LocalEventBridge
import LocalHTTP
import LocalLambda
import LocalState
import SAMTemplate

/// The AWS services lambda-local runs for a template, on one state database: DynamoDB and its
/// streams, EventBridge, and Lambda's queue of asynchronous invocations. `invoke` and `start`
/// both open them, so that what one run writes, the next one sees.
struct LocalServices: Sendable {
    let state: StateDatabase
    let store: DynamoDBStore
    let pendingInvocations: StoredPendingInvocations
    let routing: EventRouting
    /// What the Lambda port serves; the Invoke API and EventBridge join once the pools exist.
    let responder: LambdaPortResponder
    private let invokeAPI = LateBound<InvokeAPIResponder>()
    private let eventBridge = LateBound<EventBridgeEndpoint>()

    /// Opens the state, creates the template's tables and reads its buses and rules.
    init(template: SAMTemplate, templateDirectory: String, options: StateOptions, region: String) async throws(LambdaLocalError) {
        state = try options.open(templateDirectory: templateDirectory)
        do {
            store = try DynamoDBStore(state: state, region: region)
            pendingInvocations = try StoredPendingInvocations(state: state)
        } catch {
            throw LambdaLocalError("cannot open the state database: \(error)")
        }
        try await TemplateTables.create(from: template, in: store)
        routing = try TemplateEventRouting.load(from: template)
        responder = LambdaPortResponder(
            dynamoDB: DynamoDBEndpoint(store: store), streams: DynamoDBStreamsEndpoint(store: store),
            invokeAPI: invokeAPI, eventBridge: eventBridge)
    }

    /// Connects the services to the functions: the Invoke API and EventBridge start answering,
    /// and both hand their asynchronous invocations to the returned queue. Call its `run()` to
    /// deliver them; a queue that never runs keeps them for the next `lambda-local start`.
    func connect(
        registry: FunctionRegistry, asyncPolicy: AsyncInvocationPolicy, log: @escaping @Sendable (String) -> Void
    ) -> AsyncInvocationQueue {
        let queue = AsyncInvocationQueue(store: pendingInvocations, registry: registry, policy: asyncPolicy, log: log)
        invokeAPI.set(InvokeAPIResponder(registry: registry, asyncQueue: queue, region: store.region))
        eventBridge.set(EventBridgeEndpoint(routing: routing, queue: queue, account: store.accountID, region: store.region, log: log))
        return queue
    }
}

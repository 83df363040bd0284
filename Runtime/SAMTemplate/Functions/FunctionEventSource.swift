/// One entry of a SAM function's `Events`: what invokes the function.
public struct FunctionEventSource: Sendable, Hashable {
    /// The event's logical name, its key under `Events`.
    public var name: String
    /// The SAM event type, such as `Api`, `HttpApi`, `Schedule`, `ScheduleV2`, `DynamoDB`, `EventBridgeRule`.
    public var type: String
    /// The resolved `Properties` (always a mapping), read with `properties["Path"]?.string` and the like.
    public var properties: ResolvedValue
    /// Where the event is declared.
    public var location: SourceLocation

    /// Creates an event source.
    public init(name: String, type: String, properties: ResolvedValue, location: SourceLocation) {
        self.name = name
        self.type = type
        self.properties = properties
        self.location = location
    }
}

/// A rule on a bus: events matching its pattern go to its target function.
public struct EventRule: Sendable, Hashable {
    /// The rule's name, for the log (the template's function and event names).
    public var name: String
    /// The bus the rule listens on.
    public var busName: String
    /// Which events it lets through.
    public var pattern: EventPattern
    /// The function it invokes (logical ID).
    public var targetFunction: String
    /// What the function receives.
    public var input: RuleInput

    /// Creates a rule.
    public init(name: String, busName: String?, pattern: EventPattern, targetFunction: String, input: RuleInput = .matchedEvent) {
        self.name = name
        self.busName = EventBusName.normalize(busName)
        self.pattern = pattern
        self.targetFunction = targetFunction
        self.input = input
    }
}

import Foundation

/// The buses and rules of a template: which function invocations an accepted event causes.
public struct EventRouting: Sendable {
    /// Every bus that exists: the default bus and the template's.
    public let busNames: Set<String>
    /// The rules, in the order they are evaluated.
    public let rules: [EventRule]

    /// Creates the routing; the default bus always exists.
    public init(busNames: some Sequence<String>, rules: [EventRule]) {
        self.busNames = Set(busNames).union([EventBusName.defaultBus])
        self.rules = rules
    }

    /// One invocation an event causes.
    public struct Delivery: Sendable, Hashable {
        /// The rule that matched.
        public var ruleName: String
        /// The function to invoke.
        public var function: String
        /// What it receives.
        public var payload: Data
    }

    /// The invocations `event` causes: one per matching rule on its bus.
    public func deliveries(for event: BusEvent) -> [Delivery] {
        let envelope = event.envelope
        return rules.filter { $0.busName == event.busName && $0.pattern.matches(event: envelope) }.map { rule in
            Delivery(ruleName: rule.name, function: rule.targetFunction, payload: rule.input.payload(for: event))
        }
    }
}

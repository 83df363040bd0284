import Foundation
import LocalEventBridge
import SAMTemplate

/// The template's buses (`AWS::Events::EventBus`) and the rules that invoke its functions: SAM's
/// `EventBridgeRule` and `CloudWatchEvent` events, and `AWS::Events::Rule` resources whose targets
/// are the template's functions.
enum TemplateEventRouting {
    static func load(from template: SAMTemplate) throws(LambdaLocalError) -> EventRouting {
        let buses = template.resources(ofType: "AWS::Events::EventBus").map { $0.properties["Name"]?.string ?? $0.logicalId }
        var rules: [EventRule] = []
        for function in template.functions.values.sorted(by: { $0.logicalId < $1.logicalId }) {
            for event in function.events.values.sorted(by: { $0.name < $1.name })
            where ["EventBridgeRule", "CloudWatchEvent"].contains(event.type) {
                let place = "\(function.logicalId).Events.\(event.name) (\(template.fileName):\(event.location.line))"
                let properties = event.properties
                guard isEnabled(properties) else { continue }
                do throws(RuleDefinitionError) {
                    rules.append(EventRule(
                        name: properties["RuleName"]?.string ?? "\(function.logicalId)-\(event.name)",
                        busName: properties["EventBusName"]?.string,
                        pattern: try pattern(properties["Pattern"]),
                        targetFunction: function.logicalId,
                        input: try input(properties)))
                } catch {
                    throw LambdaLocalError("\(place): \(error)")
                }
            }
        }
        for resource in template.resources(ofType: "AWS::Events::Rule") where resource.properties["EventPattern"] != nil {
            let place = "\(resource.logicalId) (\(template.fileName):\(resource.line))"
            guard resource.properties["State"]?.string != "DISABLED" else { continue }
            for target in resource.properties["Targets"]?.list ?? [] {
                guard let function = targetFunction(target["Arn"]?.string, in: template) else { continue }
                do throws(RuleDefinitionError) {
                    rules.append(EventRule(
                        name: resource.properties["Name"]?.string ?? resource.logicalId,
                        busName: resource.properties["EventBusName"]?.string,
                        pattern: try pattern(resource.properties["EventPattern"]),
                        targetFunction: function,
                        input: try input(target)))
                } catch {
                    throw LambdaLocalError("\(place): \(error)")
                }
            }
        }
        return EventRouting(busNames: buses, rules: rules)
    }

    /// `State: DISABLED` (or SAM's `Enabled: false`) keeps a rule from firing.
    static func isEnabled(_ properties: ResolvedValue) -> Bool {
        if let state = properties["State"]?.string { return state == "ENABLED" }
        return properties["Enabled"]?.bool ?? true
    }

    private static func pattern(_ value: ResolvedValue?) throws(RuleDefinitionError) -> EventPattern {
        guard let value else { throw RuleDefinitionError("a rule needs a Pattern") }
        do {
            // A pattern may be given as a mapping or, in raw CloudFormation, as JSON text.
            if let text = value.string { return try EventPattern(json: text) }
            return try EventPattern(json: value.jsonText)
        } catch {
            // Worded as PutRule would answer, for the rule this would create in AWS.
            throw RuleDefinitionError("\(EventPatternError.errorType): \(error)")
        }
    }

    private static func input(_ properties: ResolvedValue) throws(RuleDefinitionError) -> RuleInput {
        if let input = properties["Input"]?.string {
            guard (try? JSONSerialization.jsonObject(with: Data(input.utf8), options: [.fragmentsAllowed])) != nil else {
                throw RuleDefinitionError("Input must be JSON text")
            }
            return .constant(input)
        }
        if let path = properties["InputPath"]?.string { return try RuleInput.path(path) }
        return .matchedEvent
    }

    /// The template function an ARN (`!GetAtt Fn.Arn`) names, if any.
    private static func targetFunction(_ arn: String?, in template: SAMTemplate) -> String? {
        guard let arn, let range = arn.range(of: ":function:") else { return nil }
        let name = arn[range.upperBound...].split(separator: ":").first.map(String.init) ?? ""
        return template.functions.values.first { $0.name == name || $0.logicalId == name }?.logicalId
    }
}

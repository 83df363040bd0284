import LambdaEvents
import TestSupport
import Testing
@testable import LocalDynamoDB

/// Expressions nested or chained far past what any client writes: each must be refused with a
/// ValidationException, never overflow the stack, even on a thread with a small stack.
@Suite struct DeepExpressionTests {
    static let values: DynamoDBItem = [":v": 1, ":l": .list([1])]

    /// Parses `text` as `kind` on a 512 KB stack, returning the error it is refused with.
    static func refusal(_ text: String, kind: ExpressionKind) async -> DynamoDBError? {
        await SmallStack.awaiting { () -> DynamoDBError? in
            do throws(DynamoDBError) {
                let attributes = try ExpressionAttributes(values: values)
                switch kind {
                case .update: _ = try UpdateExpression(text, attributes: attributes)
                default: _ = try ConditionExpression(text, kind: kind, attributes: attributes)
                }
                return nil
            } catch {
                return error
            }
        }
    }

    @Test func nestedParenthesesAreRedundant() async {
        let text = String(repeating: "(", count: 17_000) + "a = :v" + String(repeating: ")", count: 17_000)
        let error = await Self.refusal(text, kind: .condition)
        #expect(error == .validation("Invalid ConditionExpression: The expression has redundant parentheses;"))
    }

    @Test func aLongNotChainHasTooManyOperators() async {
        let text = String(repeating: "NOT ", count: 100_000) + "a = :v"
        let error = await Self.refusal(text, kind: .filter)
        #expect(error == .validation("Invalid FilterExpression: The expression contains too many operators; operator count: 301"))
    }

    @Test(arguments: ["AND", "OR"])
    func aLongChainHasTooManyOperators(_ joiner: String) async {
        let text = Array(repeating: "a = :v", count: 100_000).joined(separator: " \(joiner) ")
        let error = await Self.refusal(text, kind: .condition)
        #expect(error == .validation("Invalid ConditionExpression: The expression contains too many operators; operator count: 301"))
    }

    @Test func nestedSizeNeedsAPath() async {
        let text = String(repeating: "size(", count: 50_000) + "a" + String(repeating: ")", count: 50_000) + " = :v"
        let error = await Self.refusal(text, kind: .condition)
        #expect(error == .validation("Invalid ConditionExpression: Operator or function requires a document path; operator or function: size"))
    }

    @Test(arguments: ["if_not_exists(a, ", "list_append(:l, "])
    func nestedUpdateFunctionsAreTooDeep(_ function: String) async {
        let text = "SET a = " + String(repeating: function, count: 50_000) + ":l" + String(repeating: ")", count: 50_000)
        let error = await Self.refusal(text, kind: .update)
        #expect(error == .validation("Invalid UpdateExpression: The expression has too many nesting levels; nesting levels: 33"))
    }

    @Test func nestedGroupsAreTooDeep() async {
        let text = String(repeating: "(a = :v AND ", count: 50_000) + "a = :v" + String(repeating: ")", count: 50_000)
        let error = await Self.refusal(text, kind: .condition)
        #expect(error == .validation("Invalid ConditionExpression: The expression has too many nesting levels; nesting levels: 33"))
    }

    /// The deepest and longest expressions the limits let through parse and evaluate on a small stack.
    @Test func theDeepestAcceptedExpressionsRunOnASmallStack() async {
        let nots = String(repeating: "NOT ", count: 299) + "a = :v"
        let nested = String(repeating: "(a = :v AND ", count: 32) + "a = :v" + String(repeating: ")", count: 32)
        let outcome = await SmallStack.awaiting { () -> String in
            do throws(DynamoDBError) {
                let attributes = try ExpressionAttributes(values: Self.values)
                var results: [Bool] = []
                for text in [nots, nested] {
                    results.append(try ConditionExpression(text, attributes: attributes).isSatisfied(by: ["a": 1]))
                }
                let fallbacks = try UpdateExpression(
                    "SET b = " + String(repeating: "if_not_exists(a, ", count: 32) + ":v" + String(repeating: ")", count: 32),
                    attributes: attributes)
                let appends = try UpdateExpression(
                    "SET b = " + String(repeating: "list_append(:l, ", count: 32) + ":l" + String(repeating: ")", count: 32),
                    attributes: attributes)
                let fallback = try fallbacks.apply(to: ["pk": "k"])["b"]
                let appended = try appends.apply(to: ["pk": "k"])["b"]
                let chain = try ConditionExpression(Array(repeating: "a = :v", count: 150).joined(separator: " AND "), attributes: attributes)
                results.append(chain.isSatisfied(by: ["a": 1]))
                return "\(results) \(fallback == 1) \(appended == .list(Array(repeating: 1, count: 33)))"
            } catch {
                return "\(error)"
            }
        }
        #expect(outcome == "[false, true, true] true true")
    }
}

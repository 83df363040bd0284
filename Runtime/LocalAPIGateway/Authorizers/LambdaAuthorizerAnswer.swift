import LambdaEvents

/// What a Lambda authorizer's function answered, read as API Gateway reads it: an IAM policy with
/// a principal, or (HTTP APIs with `EnableSimpleResponses`) `{"isAuthorized": ...}`; either with an
/// optional `context` map for the function.
struct LambdaAuthorizerAnswer: Sendable {
    /// How the answer decides.
    enum Verdict: Sendable {
        case policy([PolicyStatement])
        case simple(isAuthorized: Bool)
    }

    /// One statement of the policy document.
    struct PolicyStatement: Sendable {
        let allows: Bool
        let actions: [String]
        let resources: [String]
    }

    /// What the policy says about calling one method.
    enum PolicyDecision: Equatable {
        case allowed
        /// A statement denies it, whatever the others allow.
        case explicitlyDenied
        /// No statement allows it.
        case notAllowed
    }

    let verdict: Verdict
    let principalId: String?
    let context: [String: JSONValue]

    /// Reads the function's answer. A REST API's context may hold only strings, numbers and
    /// booleans (API Gateway fails the request otherwise); an HTTP API's may hold any JSON.
    /// Returns what is wrong with an answer API Gateway would not accept.
    static func read(_ bytes: [UInt8], simpleResponses: Bool, restAPI: Bool) -> Result<LambdaAuthorizerAnswer, Problem> {
        guard let json = try? JSONValueParser.parse(bytes), case .object(let object) = json else {
            return .failure(Problem("the answer is not a JSON object"))
        }
        var context: [String: JSONValue] = [:]
        switch object["context"] {
        case nil, .null?:
            break
        case .object(let map)?:
            if restAPI, let key = map.keys.sorted().first(where: { !isScalar(map[$0]!) }) {
                return .failure(Problem("context.\(key) is not a string, number or boolean"))
            }
            context = map
        default:
            return .failure(Problem("context is not an object"))
        }
        if simpleResponses {
            guard case .bool(let isAuthorized)? = object["isAuthorized"] else {
                return .failure(Problem("isAuthorized is missing or not a boolean"))
            }
            return .success(LambdaAuthorizerAnswer(verdict: .simple(isAuthorized: isAuthorized), principalId: nil, context: context))
        }
        let principalId: String?
        switch object["principalId"] {
        case .string(let text)?: principalId = text
        case nil where !restAPI: principalId = nil
        default: return .failure(Problem("principalId is missing or not a string"))
        }
        guard case .object(let document)? = object["policyDocument"] else {
            return .failure(Problem("policyDocument is missing or not an object"))
        }
        let statementValues: [JSONValue]
        switch document["Statement"] {
        case .array(let values)?: statementValues = values
        case .object?: statementValues = [document["Statement"]!]
        default: return .failure(Problem("policyDocument.Statement is missing"))
        }
        var statements: [PolicyStatement] = []
        for (index, value) in statementValues.enumerated() {
            guard case .object(let statement) = value,
                  case .string(let effect)? = statement["Effect"], effect == "Allow" || effect == "Deny",
                  let actions = strings(statement["Action"]), let resources = strings(statement["Resource"])
            else {
                return .failure(Problem("policyDocument.Statement[\(index)] needs an Effect (Allow or Deny), an Action and a Resource"))
            }
            statements.append(PolicyStatement(allows: effect == "Allow", actions: actions, resources: resources))
        }
        return .success(LambdaAuthorizerAnswer(verdict: .policy(statements), principalId: principalId, context: context))
    }

    /// What the policy says about invoking `methodARN` (IAM's rule: an explicit deny wins).
    static func decision(of statements: [PolicyStatement], for methodARN: String) -> PolicyDecision {
        let applying = statements.filter { statement in
            statement.actions.contains { action in
                ["execute-api:invoke", "execute-api:*", "*"].contains(action.lowercased())
            } && statement.resources.contains { WildcardPattern.matches(methodARN, pattern: $0, ignoringCase: false) }
        }
        if applying.contains(where: { !$0.allows }) { return .explicitlyDenied }
        return applying.isEmpty ? .notAllowed : .allowed
    }

    /// What makes an answer unusable, for the log.
    struct Problem: Error, Sendable {
        let text: String
        init(_ text: String) { self.text = text }
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .string, .number, .bool, .null: return true
        case .array, .object: return false
        }
    }

    private static func strings(_ value: JSONValue?) -> [String]? {
        switch value {
        case .string(let text)?: return [text]
        case .array(let values)?:
            let texts = values.compactMap { value -> String? in
                if case .string(let text) = value { return text }
                return nil
            }
            return texts.count == values.count && !texts.isEmpty ? texts : nil
        default: return nil
        }
    }
}

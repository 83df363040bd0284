import Foundation

/// A SAM-format `--env-vars` file: `{"Parameters": {...}, "<LogicalId>": {...}}`.
///
/// `Parameters` applies to every function, a function's own object after it. Unlike SAM, a variable
/// the template does not declare still applies: the file is how people add variables locally.
public struct EnvironmentFile: Sendable {
    /// Variables for every function.
    public var shared: [String: String]
    /// Variables per function, by logical ID (or function name).
    public var perFunction: [String: [String: String]]

    /// Reads and checks the file. Values may be strings, numbers or booleans; anything else is an error.
    public static func load(path: String) throws(LambdaLocalError) -> EnvironmentFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LambdaLocalError("cannot read the --env-vars file \(path): \(error.localizedDescription)")
        }
        let top: [String: [String: VariableValue]]
        do {
            top = try JSONDecoder().decode([String: [String: VariableValue]].self, from: data)
        } catch {
            throw LambdaLocalError(
                "the --env-vars file \(path) is not of the form {\"MyFunction\": {\"KEY\": \"value\"}}: \(JSONText.describe(error))")
        }
        var file = EnvironmentFile(shared: [:], perFunction: [:])
        for (key, variables) in top {
            let strings = variables.mapValues(\.text)
            if key == "Parameters" {
                file.shared = strings
            } else {
                file.perFunction[key] = strings
            }
        }
        return file
    }

    /// The variables for one function: the shared ones, then the function's own.
    public func variables(logicalId: String, functionName: String) -> [String: String] {
        var result = shared
        result.merge(perFunction[functionName] ?? [:]) { $1 }
        result.merge(perFunction[logicalId] ?? [:]) { $1 }
        return result
    }
}

/// A variable's value in the file: a string, number or boolean, kept as the text the function sees.
private struct VariableValue: Decodable {
    let text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            text = string
        } else if let bool = try? container.decode(Bool.self) {
            text = bool ? "true" : "false"
        } else if let integer = try? container.decode(Int.self) {
            text = String(integer)
        } else if let number = try? container.decode(Double.self) {
            text = String(number)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a variable must be a string, number or boolean")
        }
    }
}

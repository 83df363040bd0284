/// Reads `--parameter-overrides` in both of SAM's forms: `Key=Value` and
/// `ParameterKey=Key,ParameterValue=Value`.
enum ParameterOverrides {
    static func parse(_ arguments: [String]) throws(LambdaLocalError) -> [String: String] {
        var result: [String: String] = [:]
        for argument in arguments.flatMap({ $0.split(separator: " ").map(String.init) }) where !argument.isEmpty {
            if argument.hasPrefix("ParameterKey=") {
                let fields = argument.split(separator: ",", maxSplits: 1)
                guard fields.count == 2, fields[1].hasPrefix("ParameterValue=") else {
                    throw LambdaLocalError(
                        "--parameter-overrides: \(argument) must be ParameterKey=Name,ParameterValue=Value")
                }
                let key = String(fields[0].dropFirst("ParameterKey=".count))
                result[key] = String(fields[1].dropFirst("ParameterValue=".count))
            } else {
                guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                    throw LambdaLocalError("--parameter-overrides: \(argument) must be Name=Value")
                }
                result[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
            }
        }
        return result
    }
}

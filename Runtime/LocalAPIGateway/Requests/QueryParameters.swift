/// A query string's parameters, decoded, in order, with repeats.
struct QueryParameters: Sendable {
    /// One `name=value` pair; a bare `name` has the value `""`.
    struct Pair: Sendable, Hashable {
        let name: String
        let value: String
    }

    let pairs: [Pair]

    /// Reads a raw query string such as `color=red&size=&tag=a&tag=b`. `+` stays `+`, as API Gateway
    /// leaves it; pairs without a name are skipped.
    init(raw: String) {
        pairs = raw.split(separator: "&").compactMap { piece in
            let name: Substring
            let value: Substring
            if let equals = piece.firstIndex(of: "=") {
                name = piece[..<equals]
                value = piece[piece.index(after: equals)...]
            } else {
                name = piece
                value = ""
            }
            guard !name.isEmpty else { return nil }
            return Pair(name: PercentDecoding.decode(name), value: PercentDecoding.decode(value))
        }
    }

    /// Every value of every parameter, by name (payload 1.0's `multiValueQueryStringParameters`).
    var allValues: [String: [String]] {
        pairs.reduce(into: [:]) { result, pair in result[pair.name, default: []].append(pair.value) }
    }

    /// The last value of each parameter (payload 1.0's `queryStringParameters`).
    var lastValues: [String: String] {
        pairs.reduce(into: [:]) { result, pair in result[pair.name] = pair.value }
    }

    /// A repeated parameter's values joined with commas (payload 2.0's `queryStringParameters`).
    var joinedValues: [String: String] {
        allValues.mapValues { $0.joined(separator: ",") }
    }

    /// The first value of the parameter called `name`.
    func value(of name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }
}

/// Headers grouped by name without regard to case, each group named as the client first wrote it
/// and keeping its values in order.
struct HeaderGroups: Sendable {
    struct Group: Sendable {
        let name: String
        var values: [String]
    }

    private(set) var groups: [Group] = []

    init(_ headers: [HTTPHeader]) {
        var indexByName: [String: Int] = [:]
        for header in headers {
            let key = header.name.lowercased()
            if let index = indexByName[key] {
                groups[index].values.append(header.value)
            } else {
                indexByName[key] = groups.count
                groups.append(Group(name: header.name, values: [header.value]))
            }
        }
    }

    /// Payload 1.0's `headers`: the last value of each, in the client's case.
    var lastValues: [String: String] {
        groups.reduce(into: [:]) { result, group in result[group.name] = group.values.last }
    }

    /// Payload 1.0's `multiValueHeaders`.
    var allValues: [String: [String]] {
        groups.reduce(into: [:]) { result, group in result[group.name] = group.values }
    }

    /// Payload 2.0's `headers`: names in lower case, repeated values joined with commas.
    var lowercasedJoined: [String: String] {
        groups.reduce(into: [:]) { result, group in
            result[group.name.lowercased()] = group.values.joined(separator: ",")
        }
    }
}

/// The function named in an Invoke API path: a name, a partial ARN or a full ARN, with an optional
/// qualifier (`name:alias`, `...:function:name:3`).
struct FunctionIdentifier: Equatable {
    let name: String
    let qualifier: String?

    init(_ raw: String) {
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if let index = parts.firstIndex(of: "function"), index + 1 < parts.count {
            name = parts[index + 1]
            qualifier = index + 2 < parts.count ? parts[index + 2] : nil
        } else if parts.count == 2 {
            name = parts[0]
            qualifier = parts[1]
        } else {
            name = raw
            qualifier = nil
        }
    }
}

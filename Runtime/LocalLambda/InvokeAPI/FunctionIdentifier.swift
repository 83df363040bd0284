import Foundation

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

    /// The qualifier the call asks for, from the name or else from `?Qualifier=` (the query of the
    /// request, without its `?`). Lambda refuses a call whose two qualifiers disagree.
    func qualifier(query: Substring) throws(InvokeAPIError) -> String? {
        let fromQuery = URLComponents(string: "?" + query)?.queryItems?
            .first { $0.name == "Qualifier" }?.value
            .flatMap { $0.isEmpty ? nil : $0 }
        guard let qualifier else { return fromQuery }
        guard fromQuery == nil || fromQuery == qualifier else {
            throw .invalidParameter("The derived qualifier from the function name does not match the specified qualifier.")
        }
        return qualifier
    }
}

/// Finds the values that could not be resolved inside a resolved tree and words a warning for each.
enum UnresolvedLeaves {
    /// `skipping` holds paths, relative to the root, whose children are reported elsewhere.
    static func warnings(in value: ResolvedValue, path: String, skipping: Set<String>,
                         file: String) -> [TemplateWarning] {
        var warnings: [TemplateWarning] = []
        collect(value, path: path, relativePath: "", skipping: skipping, file: file, into: &warnings)
        return warnings
    }

    private static func collect(_ value: ResolvedValue, path: String, relativePath: String, skipping: Set<String>,
                                file: String, into warnings: inout [TemplateWarning]) {
        if skipping.contains(relativePath) { return }
        switch value {
        case .unresolved(let marker):
            warnings.append(TemplateWarning("\(marker.reason); \(path) is left unresolved", file: file,
                                            line: marker.location.line))
        case .list(let elements):
            for (index, element) in elements.enumerated() {
                collect(element, path: "\(path)[\(index)]", relativePath: "\(relativePath)[\(index)]",
                        skipping: skipping, file: file, into: &warnings)
            }
        case .map(let entries):
            for key in entries.keys.sorted() {
                guard let element = entries[key] else { continue }
                let relative = relativePath.isEmpty ? key : "\(relativePath).\(key)"
                collect(element, path: "\(path).\(key)", relativePath: relative, skipping: skipping, file: file,
                        into: &warnings)
            }
        default:
            break
        }
    }
}

/// Merges a SAM `Globals` section into a resource's `Properties`, as the SAM transform does:
/// the resource's scalars win, mappings merge key by key, and lists put the global elements first.
enum GlobalsMerge {
    /// The `Globals` section that applies to each resource type.
    static let sectionByResourceType = [
        "AWS::Serverless::Function": "Function",
        "AWS::Serverless::Api": "Api",
        "AWS::Serverless::HttpApi": "HttpApi",
        "AWS::Serverless::SimpleTable": "SimpleTable",
        "AWS::Serverless::StateMachine": "StateMachine",
        "AWS::Serverless::LayerVersion": "LayerVersion",
    ]

    /// The resource's properties with the matching `Globals` section merged in.
    static func properties(of resource: TemplateResource, globals: [String: TemplateValue]) -> TemplateValue? {
        guard let section = sectionByResourceType[resource.type], let global = globals[section] else {
            return resource.properties
        }
        guard let local = resource.properties else { return global }
        return merge(global: global, local: local)
    }

    /// An intrinsic call counts as a scalar, so a resource's `!If` replaces a global mapping whole.
    static func merge(global: TemplateValue, local: TemplateValue) -> TemplateValue {
        switch (global.kind, local.kind) {
        case (.map(let globalEntries), .map(let localEntries)):
            var merged = globalEntries
            for entry in localEntries {
                if let index = merged.firstIndex(where: { $0.key == entry.key }) {
                    merged[index].value = merge(global: merged[index].value, local: entry.value)
                } else {
                    merged.append(entry)
                }
            }
            return TemplateValue(.map(merged), at: local.location)
        case (.list(let globalElements), .list(let localElements)):
            return TemplateValue(.list(globalElements + localElements), at: local.location)
        default:
            return local
        }
    }
}

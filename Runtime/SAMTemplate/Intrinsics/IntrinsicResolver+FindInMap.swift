extension IntrinsicResolver {
    /// `[MapName, TopLevelKey, SecondLevelKey]`, with the optional fourth `{DefaultValue: ...}` of
    /// `AWS::LanguageExtensions` used when a key is missing.
    mutating func findInMap(_ argument: TemplateValue, at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue? {
        let parts = try arguments(argument, of: .findInMap, count: 3...4,
                                  usage: "[MapName, TopLevelKey, SecondLevelKey]")
        let mapName = try text(parts[0], of: .findInMap, role: "the mapping name")
        let topKey = try text(parts[1], of: .findInMap, role: "the top-level key")
        let secondKey = try text(parts[2], of: .findInMap, role: "the second-level key")
        let fallback = parts.count == 4 ? parts[3]["DefaultValue"] : nil

        let missing: String
        if let mapping = sections.mappings[mapName] {
            if let top = mapping[topKey] {
                if let found = top[secondKey] { return try value(found) }
                missing = "mapping '\(mapName)' has no key '\(secondKey)' under '\(topKey)'"
            } else {
                missing = "mapping '\(mapName)' has no top-level key '\(topKey)'"
            }
        } else {
            missing = "there is no mapping '\(mapName)' in Mappings"
        }
        if let fallback { return try value(fallback) }
        throw error(.unknownMappingKey, "Fn::FindInMap: \(missing)", at: location)
    }
}

extension KeyedDecodingContainer {
    /// API Gateway sends a map it has nothing for as `null` or leaves it out, and a function
    /// should not have to tell those apart from an empty map.
    func decodeMap<Value: Decodable>(
        _ type: [String: Value].Type,
        forKey key: Key
    ) throws -> [String: Value] {
        try decodeIfPresent(type, forKey: key) ?? [:]
    }

    /// Same reasoning as `decodeMap`, for lists such as HTTP API cookies.
    func decodeList<Element: Decodable>(_ type: [Element].Type, forKey key: Key) throws -> [Element] {
        try decodeIfPresent(type, forKey: key) ?? []
    }
}

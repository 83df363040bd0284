import LambdaEvents

/// A value being encoded. Maps and lists are references because containers keep adding to them
/// after they were handed out; ``resolve()`` turns the finished tree into an attribute value.
enum AttributeNode {
    case value(AttributeValue)
    case map(MapNode)
    case list(ListNode)
    /// A super encoder's result, known only once the caller has finished with it.
    case pending(AttributeEncoder)
    /// An empty set, which DynamoDB cannot store.
    case omitted

    final class MapNode {
        var members: [String: AttributeNode] = [:]
    }

    final class ListNode {
        var elements: [AttributeNode] = []
    }

    /// The finished value; `nil` for an empty set, which its map leaves out. In a list, where
    /// nothing can be left out, an empty set becomes `NULL`.
    func resolve() -> AttributeValue? {
        switch self {
        case .value(let value):
            return value
        case .map(let map):
            return .map(map.members.compactMapValues { $0.resolve() })
        case .list(let list):
            return .list(list.elements.map { $0.resolve() ?? .null })
        case .pending(let encoder):
            return (encoder.storage ?? .map(MapNode())).resolve()
        case .omitted:
            return nil
        }
    }
}

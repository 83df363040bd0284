import LambdaEvents

/// One entry of UpdateItem's legacy `AttributeUpdates` map.
public struct AttributeValueUpdate: Codable, Sendable, Hashable {
    /// The value to put, add or delete; absent only for a `DELETE` of the whole attribute.
    public var value: AttributeValue?
    /// `PUT` (the default), `ADD` or `DELETE`.
    public var action: String?

    /// Creates an entry.
    public init(_ action: String? = nil, _ value: AttributeValue? = nil) {
        self.action = action
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case value = "Value"
        case action = "Action"
    }
}

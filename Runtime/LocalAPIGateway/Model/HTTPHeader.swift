/// One header field, as the client sent it or as the gateway answers with it.
///
/// Headers travel as an ordered list rather than a dictionary: a client may repeat a header and a
/// response may carry several `Set-Cookie` fields, and both must survive the trip.
public struct HTTPHeader: Sendable, Hashable {
    /// The field name, in the case it was written.
    public var name: String
    /// The field value.
    public var value: String

    /// Creates a header field.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

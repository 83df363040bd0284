/// Any JSON value, for the parts of an event whose shape is decided by someone else:
/// authorizer contexts, EventBridge details, values read from a template.
///
/// Numbers are held as `Double`. `JSONDecoder` hands out numbers only as already-parsed binary
/// values, never as their source text, so a `Double` is the widest type that accepts every JSON
/// number. Integers up to 2^53 and every value a `Double` can represent survive a round trip
/// unchanged; larger integers and decimals with more than about 15 significant digits are
/// rounded. Where the exact decimal text matters, send the number as a string (as DynamoDB does,
/// see ``AttributeValue``).
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, held as a `Double` (see the type's documentation for the precision this keeps).
    case number(Double)
    /// A string.
    case string(String)
    /// An array, in order.
    case array([JSONValue])
    /// An object; JSON gives its keys no order, so neither does this.
    case object([String: JSONValue])
}

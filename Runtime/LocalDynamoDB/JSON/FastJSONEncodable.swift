/// An answer that can write its own JSON, without Foundation's `Encoder`.
///
/// The JSON means the same as `JSONEncoder`'s (members absent when nil, strings escaped alike);
/// only the order of members may differ, which JSON leaves open. Nil leaves the answer to
/// `JSONEncoder`, for example when an item nests deeper than the fast writer goes.
public protocol FastJSONEncodable: Encodable {
    /// The answer's JSON, or nil to leave it to `JSONEncoder`.
    func fastJSON() -> [UInt8]?
}

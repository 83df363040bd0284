/// A request that can be read straight from its JSON body, without Foundation's `Decoder`.
///
/// The fast reading is an optimization only: it returns nil for anything it is not sure to read
/// exactly as `JSONDecoder` would (an unusual number, a repeated member, nesting past its limit,
/// malformed JSON), and the caller then decodes with `JSONDecoder`, whose result or error is the
/// reference. So accepting a body here never changes what a request means or how it fails.
public protocol FastJSONDecodable: Decodable {
    /// The request in `body`, or nil to leave it to `JSONDecoder`.
    init?(fastJSON body: UnsafeRawBufferPointer)
}

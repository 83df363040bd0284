/// A coding key for objects whose keys are data, not a fixed schema: a decoder's `allKeys`
/// then lists every key present, including ones no enum knows.
struct DynamicCodingKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) {
        self.stringValue = string
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        return nil
    }
}

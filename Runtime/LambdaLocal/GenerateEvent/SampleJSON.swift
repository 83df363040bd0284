import Foundation
import LambdaEvents

/// Pretty JSON with sorted keys, for people to read and edit.
enum SampleJSON {
    static func encode(_ value: some Encodable) throws(LambdaLocalError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            throw LambdaLocalError("the event could not be encoded: \(error)")
        }
    }

    /// Compact JSON made pretty, keeping its `null`s.
    static func prettify(_ bytes: [UInt8]) throws(LambdaLocalError) -> Data {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            throw LambdaLocalError("the event could not be read back: \(error)")
        }
        return try encode(value)
    }
}

extension ReadPageOutput: FastJSONEncodable {
    /// `{"Items":[...],"Count":n,"ScannedCount":n,"LastEvaluatedKey":{...}}`, leaving out what is nil.
    public func fastJSON() -> [UInt8]? {
        var writer = ItemJSONWriter(capacity: 4096, sortsNames: false)
        do {
            writer.writeRaw("{")
            if let items {
                writer.writeRaw(#""Items":["#)
                for (index, item) in items.enumerated() {
                    if index > 0 { writer.writeRaw(",") }
                    try writer.write(item, depth: 3)
                }
                writer.writeRaw("],")
            }
            writer.writeRaw(#""Count":"#)
            writer.writeInteger(count)
            writer.writeRaw(#","ScannedCount":"#)
            writer.writeInteger(scannedCount)
            if let lastEvaluatedKey {
                writer.writeRaw(#","LastEvaluatedKey":"#)
                try writer.write(lastEvaluatedKey, depth: 2)
            }
            writer.writeRaw("}")
        } catch {
            return nil
        }
        return writer.bytes
    }
}

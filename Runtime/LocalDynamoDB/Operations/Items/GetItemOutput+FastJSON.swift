extension GetItemOutput: FastJSONEncodable {
    /// `{"Item":{...}}`, or `{}` when nothing is stored under the key.
    public func fastJSON() -> [UInt8]? {
        var writer = ItemJSONWriter(sortsNames: false)
        do {
            writer.writeRaw("{")
            if let item {
                writer.writeRaw(#""Item":"#)
                try writer.write(item, depth: 2)
            }
            writer.writeRaw("}")
        } catch {
            return nil
        }
        return writer.bytes
    }
}

extension WriteItemOutput: FastJSONEncodable {
    /// `{"Attributes":{...}}`, or `{}` when there are none.
    public func fastJSON() -> [UInt8]? {
        var writer = ItemJSONWriter(sortsNames: false)
        do {
            writer.writeRaw("{")
            if let attributes {
                writer.writeRaw(#""Attributes":"#)
                try writer.write(attributes, depth: 2)
            }
            writer.writeRaw("}")
        } catch {
            return nil
        }
        return writer.bytes
    }
}

extension Array where Element == HTTPHeader {
    /// Every value of the header called `name`, compared without regard to case, in order.
    public func values(of name: String) -> [String] {
        let wanted = name.lowercased()
        return filter { $0.name.lowercased() == wanted }.map(\.value)
    }

    /// The first value of the header called `name`, compared without regard to case.
    public func value(of name: String) -> String? {
        let wanted = name.lowercased()
        return first { $0.name.lowercased() == wanted }?.value
    }

    /// Whether a header called `name` is present, compared without regard to case.
    public func contains(_ name: String) -> Bool {
        value(of: name) != nil
    }

    /// Removes every header called `name`, compared without regard to case.
    mutating func removeAll(named name: String) {
        let wanted = name.lowercased()
        removeAll { $0.name.lowercased() == wanted }
    }
}

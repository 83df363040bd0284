extension HTTPRequestEvent {
    /// The value of the header called `name`, compared without regard to case.
    ///
    /// HTTP APIs lowercase header names and REST APIs keep the client's spelling, so an exact
    /// dictionary lookup would work for one and miss for the other.
    public func header(_ name: String) -> String? {
        if let exact = headers[name] { return exact }
        let wanted = name.lowercased()
        return headers.first { $0.key.lowercased() == wanted }?.value
    }
}

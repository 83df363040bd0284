extension Array {
    /// `nil` for an empty array, so that encoding leaves the key out, as HTTP APIs do for cookies.
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}

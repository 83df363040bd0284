extension Dictionary {
    /// `nil` for an empty dictionary, so that encoding writes `null` or leaves the key out, as
    /// API Gateway does for maps it has nothing for.
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}

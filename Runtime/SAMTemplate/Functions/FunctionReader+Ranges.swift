extension FunctionReader {
    /// Checks the function's numeric properties against the values Lambda accepts.
    func checkFunctionRanges() throws(TemplateError) {
        for range in NumericRange.function {
            try check(range, in: resource.properties, written: written, owner: "function '\(resource.logicalId)'",
                      fallback: resource.location)
        }
    }

    /// Checks the numeric properties of the event `name` of type `type`.
    func checkEventRanges(name: String, type: String, properties: ResolvedValue,
                          location: SourceLocation) throws(TemplateError) {
        let written = written?["Events"]?[name]?["Properties"]
        for range in NumericRange.event(type: type) {
            try check(range, in: properties, written: written,
                      owner: "event '\(name)' of function '\(resource.logicalId)'", fallback: location)
        }
    }

    /// A value that cannot be known locally is left alone, as it is everywhere else.
    private func check(_ range: NumericRange, in properties: ResolvedValue, written: TemplateValue?, owner: String,
                       fallback: SourceLocation) throws(TemplateError) {
        var value: ResolvedValue? = properties
        var place = written
        var location = fallback
        for key in range.path {
            value = value?[key]
            if let entry = place?.entry(key) { location = entry.keyLocation }
            place = place?[key]
        }
        guard let value, !value.isNull, !value.isUnresolved else { return }
        func refusal(_ problem: String) -> TemplateError {
            TemplateError(.invalidProperty, "\(range.name) of \(owner) \(problem)", file: file, location: location)
        }
        if let number = value.int {
            guard range.contains(number) else { throw refusal("is \(number), outside the allowed \(range.allowed)") }
        } else if let number = value.double, number == number.rounded() {
            throw refusal("is \(value.scalarText ?? ""), outside the allowed \(range.allowed)")
        } else {
            throw refusal("must be a whole number, not \(value.scalarText.map { "'\($0)'" } ?? value.kindName)")
        }
    }
}

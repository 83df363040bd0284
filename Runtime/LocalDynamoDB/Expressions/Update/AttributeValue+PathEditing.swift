import LambdaEvents

extension AttributeValue {
    /// Writes `replacement` at `steps` below this value; a list index past the end appends. Throws
    /// DynamoDB's invalid-path error, leaving the value as it was, when a step's container is
    /// missing or of the wrong type.
    ///
    /// Containers are edited in place (see ``takeMembers()``), so a write costs its path and not a
    /// copy of every map and list along it, which made many writes into one map quadratic.
    mutating func set(_ replacement: AttributeValue, at steps: ArraySlice<DocumentPath.Element>) throws(DynamoDBError) {
        guard let step = steps.first else {
            self = replacement
            return
        }
        let rest = steps.dropFirst()
        switch step {
        case .attribute(let key):
            guard var members = takeMembers() else { throw .invalidUpdatePath }
            defer { self = .map(members) }
            if rest.isEmpty {
                members[key] = replacement
            } else {
                guard members[key] != nil else { throw .invalidUpdatePath }
                try members[key]!.set(replacement, at: rest)
            }
        case .index(let position):
            guard var elements = takeElements() else { throw .invalidUpdatePath }
            defer { self = .list(elements) }
            if position < elements.count {
                try elements[position].set(replacement, at: rest)
            } else {
                guard rest.isEmpty else { throw .invalidUpdatePath }
                elements.append(replacement)
            }
        }
    }

    /// Removes whatever is at `steps` below this value, in place as ``set(_:at:)`` writes;
    /// missing steps leave it unchanged, as REMOVE does.
    mutating func remove(at steps: ArraySlice<DocumentPath.Element>) {
        guard let step = steps.first else { return }
        let rest = steps.dropFirst()
        switch step {
        case .attribute(let key):
            guard var members = takeMembers() else { return }
            defer { self = .map(members) }
            if rest.isEmpty {
                members.removeValue(forKey: key)
            } else if members[key] != nil {
                members[key]!.remove(at: rest)
            }
        case .index(let position):
            guard var elements = takeElements() else { return }
            defer { self = .list(elements) }
            guard elements.indices.contains(position) else { return }
            if rest.isEmpty {
                elements.remove(at: position)
            } else {
                elements[position].remove(at: rest)
            }
        }
    }

    /// The members of a map, moved out and `self` left `.null`, so that they are the only
    /// reference to their storage and editing them copies nothing; nil, and `self` untouched, for
    /// anything but a map.
    private mutating func takeMembers() -> DynamoDBItem? {
        guard case .map = self else { return nil }
        var taken = AttributeValue.null
        swap(&self, &taken)
        guard case .map(let members) = consume taken else { return nil }
        return members
    }

    /// The elements of a list, moved out as ``takeMembers()`` moves a map's.
    private mutating func takeElements() -> [AttributeValue]? {
        guard case .list = self else { return nil }
        var taken = AttributeValue.null
        swap(&self, &taken)
        guard case .list(let elements) = consume taken else { return nil }
        return elements
    }
}

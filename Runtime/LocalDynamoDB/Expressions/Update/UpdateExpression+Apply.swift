import LambdaEvents

extension UpdateExpression {
    /// The item after the update. `item` is nil when none exists yet; then the result starts from
    /// `key` (the request's key attributes). Every operand is read from the item as it was before
    /// the update, as DynamoDB does. Throws without side effects; the input is never changed.
    public func apply(to item: DynamoDBItem?, key: DynamoDBItem = [:]) throws(DynamoDBError) -> DynamoDBItem {
        let original = item
        var result = item ?? key
        var writes: [(DocumentPath, AttributeValue)] = []
        for assignment in assignments {
            writes.append((assignment.path, try assignment.value.resolve(in: original)))
        }
        for (path, value) in writes {
            try ItemEditing.set(value, at: path, in: &result)
        }
        // Higher list indexes first, so every index in REMOVE refers to the list as it was.
        for path in removals.sorted(by: { Self.removalOrder($0, $1) }) {
            ItemEditing.remove(path, from: &result)
        }
        for change in additions {
            let updated = try Self.add(change.value, to: change.path.value(in: original))
            try ItemEditing.set(updated, at: change.path, in: &result)
        }
        for change in deletions {
            guard let current = change.path.value(in: original) else { continue }
            if let remaining = try Self.delete(change.value, from: current) {
                try ItemEditing.set(remaining, at: change.path, in: &result)
            } else {
                ItemEditing.remove(change.path, from: &result)
            }
        }
        return result
    }

    /// A total order in which, along any one list, higher indexes come first.
    private static func removalOrder(_ a: DocumentPath, _ b: DocumentPath) -> Bool {
        for (x, y) in zip(a.elements, b.elements) where x != y {
            switch (x, y) {
            case (.index(let i), .index(let j)): return i > j
            case (.attribute(let m), .attribute(let n)): return m < n
            case (.attribute, .index): return true
            case (.index, .attribute): return false
            }
        }
        return a.elements.count > b.elements.count
    }
}

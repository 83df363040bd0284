extension UpdateExpression {
    /// Every path the update writes or removes, whole; they never overlap, so they can be
    /// projected together for `ReturnValues: UPDATED_*`.
    var targetPaths: [DocumentPath] {
        assignments.map(\.path) + removals + additions.map(\.path) + deletions.map(\.path)
    }
}

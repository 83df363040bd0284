import LambdaEvents

/// A parsed `ProjectionExpression`: the attributes, or parts of them, a read returns.
public struct ProjectionExpression: Sendable, Hashable {
    /// The projected paths, in written order.
    public let paths: [DocumentPath]
    /// The aliases it uses, for `ExpressionAttributes.checkAllUsed(by:)`.
    public let usage: ExpressionUsage

    /// Parses `path, path, ...`, rejecting paths that overlap or conflict.
    public init(_ text: String, attributes: ExpressionAttributes) throws(DynamoDBError) {
        var parser = try Parser(text, kind: .projection, attributes: attributes)
        var paths = [try parser.path()]
        while parser.consume(",") { paths.append(try parser.path()) }
        try parser.expectEnd()
        try DocumentPath.checkIndependent(paths, in: .projection)
        self.paths = paths
        self.usage = parser.usage
    }
}

/// A resource whose `Condition` holds, with intrinsic functions resolved and SAM `Globals` merged in.
public struct ResolvedResource: Sendable, Hashable {
    /// The logical ID.
    public var logicalId: String
    /// The `Type`, such as `AWS::DynamoDB::Table`.
    public var type: String
    /// The resolved `Properties`, always a mapping (empty when absent).
    public var properties: ResolvedValue
    /// The resolved `Metadata`, always a mapping (empty when absent).
    public var metadata: ResolvedValue
    /// Where the resource is declared.
    public var location: SourceLocation

    /// The line where the resource is declared.
    public var line: Int { location.line }

    /// Creates a resolved resource.
    public init(logicalId: String, type: String, properties: ResolvedValue, metadata: ResolvedValue,
                location: SourceLocation) {
        self.logicalId = logicalId
        self.type = type
        self.properties = properties
        self.metadata = metadata
        self.location = location
    }
}

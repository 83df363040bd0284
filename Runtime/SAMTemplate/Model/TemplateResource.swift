/// A resource as written in the `Resources` section, before intrinsic functions are resolved.
public struct TemplateResource: Sendable, Hashable {
    /// The logical ID, the resource's key in `Resources`.
    public var logicalId: String
    /// The `Type`, such as `AWS::Serverless::Function`.
    public var type: String
    /// `Properties` as written (a mapping), or `nil` when absent.
    public var properties: TemplateValue?
    /// `Metadata` as written, or `nil` when absent.
    public var metadata: TemplateValue?
    /// The name of the `Condition` that decides whether the resource exists, if any.
    public var condition: String?
    /// The whole resource entry, for attributes such as `DependsOn` or `DeletionPolicy`.
    public var definition: TemplateValue

    /// Where the resource is declared: its logical ID.
    public var location: SourceLocation

    /// The line where the resource is declared.
    public var line: Int { location.line }

    /// Creates a resource from its parts.
    public init(logicalId: String, type: String, properties: TemplateValue?, metadata: TemplateValue?,
                condition: String?, definition: TemplateValue, location: SourceLocation) {
        self.location = location
        self.logicalId = logicalId
        self.type = type
        self.properties = properties
        self.metadata = metadata
        self.condition = condition
        self.definition = definition
    }
}

/// A value as written in the template, before any intrinsic function is resolved,
/// with the place it was written.
public struct TemplateValue: Sendable, Hashable {
    /// What the value is.
    public indirect enum Kind: Sendable, Hashable {
        /// A text scalar.
        case string(String)
        /// A number, kept as the text it was written with (`10`, `1.50`, `01234`).
        case number(String)
        /// `true` or `false`.
        case bool(Bool)
        /// `null`, `~` or an empty value.
        case null
        /// A sequence.
        case list([TemplateValue])
        /// A mapping, in the order it was written.
        case map([Entry])
        /// A call to a CloudFormation intrinsic function, short form (`!Ref X`) or long form (`Ref: X`).
        case intrinsic(IntrinsicFunction, TemplateValue)
    }

    /// One key and value of a mapping.
    public struct Entry: Sendable, Hashable {
        /// The key as text.
        public var key: String
        /// The value.
        public var value: TemplateValue
        /// Where the key is written; for a resource, the line of its logical ID.
        public var keyLocation: SourceLocation

        /// Creates a mapping entry; the key is taken to be where the value is unless told otherwise.
        public init(key: String, value: TemplateValue, keyLocation: SourceLocation? = nil) {
            self.key = key
            self.value = value
            self.keyLocation = keyLocation ?? value.location
        }
    }

    /// What the value is.
    public var kind: Kind
    /// Where the value starts in the template.
    public var location: SourceLocation

    /// Creates a value written at `location`.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

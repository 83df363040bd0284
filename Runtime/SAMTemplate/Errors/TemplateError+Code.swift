extension TemplateError {
    /// The kinds of problems a template can have.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The file could not be read.
        case unreadableFile
        /// The text is not valid YAML or JSON.
        case syntax
        /// A YAML tag that is neither a CloudFormation short form nor a plain YAML type.
        case unsupportedTag
        /// The template, or one of its sections, does not have the expected shape.
        case invalidTemplate
        /// There is no `Resources` section.
        case missingResources
        /// A resource has no `Type`.
        case missingResourceType
        /// A resource property, or the `Properties` section itself, has the wrong shape.
        case invalidProperty
        /// An intrinsic function has the wrong arguments.
        case malformedIntrinsic
        /// `Fn::GetAtt` asks for an attribute the resource type does not have.
        case unknownAttribute
        /// `Fn::FindInMap` names a mapping or key that does not exist.
        case unknownMappingKey
        /// A condition is used but not defined.
        case unknownCondition
        /// Conditions, or resource names, refer to each other in a loop.
        case circularReference
        /// Intrinsic functions, conditions or names refer to one another more deeply than is followed.
        case nestedTooDeeply
        /// A parameter override names a parameter the template does not declare.
        case unknownParameter
        /// A parameter value breaks its declared type or constraints.
        case invalidParameterValue
    }
}

extension IntrinsicResolver {
    mutating func getAtt(_ argument: TemplateValue, at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue {
        let usage = "LogicalId.Attribute or [LogicalId, Attribute]"
        switch argument.kind {
        case .string(let path):
            guard let dot = path.firstIndex(of: "."), dot != path.startIndex, dot != path.index(before: path.endIndex)
            else {
                throw error(.malformedIntrinsic, "Fn::GetAtt takes \(usage), but was given '\(path)'", at: location)
            }
            return try attribute(String(path[path.index(after: dot)...]), of: String(path[..<dot]), at: location)
        default:
            let parts = try arguments(argument, of: .getAtt, count: 2...2, usage: usage)
            let logicalId = try literalName(parts[0], of: .getAtt, role: "the logical ID")
            let attribute = try text(parts[1], of: .getAtt, role: "the attribute name")
            return try self.attribute(attribute, of: logicalId, at: location)
        }
    }

    /// The value of `Fn::GetAtt logicalId.attribute`.
    mutating func attribute(_ attribute: String, of logicalId: String,
                            at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue {
        guard let resource = sections.resources[logicalId] else {
            return unresolved("Fn::GetAtt \(logicalId).\(attribute) refers to a resource that is not in this "
                              + "template and cannot be resolved locally", at: location)
        }
        let kind = ResourceKind(type: resource.type)
        if let known = kind.attributes, !known.contains(attribute) {
            throw error(.unknownAttribute, "Fn::GetAtt: resource '\(logicalId)' (\(resource.type)) has no attribute "
                        + "'\(attribute)'; it has \(known.joined(separator: ", "))", at: location)
        }
        switch (kind, attribute) {
        case (.function, "Arn"):
            return .string(context.functionArn(name: try name(of: resource, at: location)))
        case (.table, "Arn"):
            return .string(context.tableArn(name: try name(of: resource, at: location)))
        case (.table, "StreamArn"):
            return .string(context.tableStreamArn(name: try name(of: resource, at: location)))
        case (.eventBus, "Arn"):
            return .string(context.eventBusArn(name: try name(of: resource, at: location)))
        case (.eventBus, "Name"), (.queue, "QueueName"), (.topic, "TopicName"):
            return .string(try name(of: resource, at: location))
        case (.eventRule, "Arn"):
            return .string(context.arn(service: "events", resource: "rule/\(try name(of: resource, at: location))"))
        case (.queue, "Arn"):
            return .string(context.arn(service: "sqs", resource: try name(of: resource, at: location)))
        case (.queue, "QueueUrl"):
            return .string(context.queueURL(name: try name(of: resource, at: location)))
        case (.topic, "TopicArn"):
            return .string(context.arn(service: "sns", resource: try name(of: resource, at: location)))
        case (.role, "Arn"):
            return .string(context.roleArn(name: try name(of: resource, at: location)))
        case (.bucket, "Arn"):
            return .string("arn:\(context.partition):s3:::\(try name(of: resource, at: location))")
        case (.other(let service), "Arn"):
            return .string(context.arn(service: service, resource: logicalId))
        default:
            return unresolved("Fn::GetAtt \(logicalId).\(attribute) cannot be resolved locally", at: location)
        }
    }
}

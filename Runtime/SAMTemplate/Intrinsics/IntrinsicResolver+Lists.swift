#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension IntrinsicResolver {
    mutating func join(_ argument: TemplateValue, at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue {
        let parts = try arguments(argument, of: .join, count: 2...2, usage: "[delimiter, [values]]")
        let delimiter = try text(parts[0], of: .join, role: "the delimiter")
        var texts: [String] = []
        for element in try list(parts[1], of: .join, role: "its values") {
            if case .unresolved(let marker) = element { throw .unresolved(marker) }
            guard let text = element.scalarText else {
                throw error(.malformedIntrinsic, "Fn::Join can only join strings, but a value is \(element.kindName)",
                            at: parts[1].location)
            }
            texts.append(text)
        }
        return .string(texts.joined(separator: delimiter))
    }

    mutating func select(_ argument: TemplateValue, at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue {
        let parts = try arguments(argument, of: .select, count: 2...2, usage: "[index, [values]]")
        let indexText = try text(parts[0], of: .select, role: "the index")
        guard let index = Int(indexText), index >= 0 else {
            throw error(.malformedIntrinsic, "Fn::Select index must be a whole number from 0, but was given "
                        + "'\(indexText)'", at: parts[0].location)
        }
        let values = try list(parts[1], of: .select, role: "its values")
        guard values.indices.contains(index) else {
            throw error(.malformedIntrinsic, "Fn::Select index \(index) is out of range for a list of "
                        + "\(values.count) value\(values.count == 1 ? "" : "s")", at: location)
        }
        return values[index]
    }

    mutating func split(_ argument: TemplateValue, at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue {
        let parts = try arguments(argument, of: .split, count: 2...2, usage: "[delimiter, string]")
        let delimiter = try text(parts[0], of: .split, role: "the delimiter")
        guard !delimiter.isEmpty else {
            throw error(.malformedIntrinsic, "Fn::Split needs a delimiter that is not empty", at: parts[0].location)
        }
        let source = try text(parts[1], of: .split, role: "the string to split")
        let pieces = source.split(separator: delimiter, omittingEmptySubsequences: false)
        return .list(pieces.map { .string(String($0)) })
    }

    /// Three zones named after the region, as most regions have at least three.
    mutating func availabilityZones(_ argument: TemplateValue,
                                    at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue {
        let written = argument.isNull ? "" : try text(argument, of: .getAZs, role: "the region")
        let region = written.isEmpty ? context.region : written
        return .list(["a", "b", "c"].map { .string(region + $0) })
    }

    mutating func base64(_ argument: TemplateValue, at location: SourceLocation) throws(ResolutionFailure) -> ResolvedValue {
        let plain = try text(argument, of: .base64, role: "its argument")
        return .string(Data(plain.utf8).base64EncodedString())
    }
}

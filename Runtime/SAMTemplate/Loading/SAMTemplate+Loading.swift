#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension SAMTemplate {
    /// Reads and resolves the template (YAML or JSON) at `path`.
    ///
    /// - Parameters:
    ///   - parameterOverrides: parameter values that replace each `Default`, like `--parameter-overrides`.
    ///   - region: `AWS::Region`.
    ///   - stackName: `AWS::StackName`.
    /// - Throws: `TemplateError` naming the file, line and problem.
    public static func load(
        path: String,
        parameterOverrides: [String: String] = [:],
        region: String = "us-east-1",
        stackName: String = "lambda-local"
    ) throws(TemplateError) -> SAMTemplate {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TemplateError(.unreadableFile, "the template cannot be read: \(error)", file: path)
        }
        return try parse(yaml: String(decoding: data, as: UTF8.self), fileName: path,
                         parameterOverrides: parameterOverrides, region: region, stackName: stackName)
    }

    /// Resolves a template given as text, YAML or JSON; `fileName` is only used in messages.
    public static func parse(
        yaml text: String,
        fileName: String = "template.yaml",
        parameterOverrides: [String: String] = [:],
        region: String = "us-east-1",
        stackName: String = "lambda-local"
    ) throws(TemplateError) -> SAMTemplate {
        var reader = TemplateReader(fileName: fileName)
        let root = try reader.read(text)
        let sections = try TemplateSections(root: root, file: fileName)
        let parameterValues = try ParameterValues.resolve(sections.parameters, overrides: parameterOverrides,
                                                          file: fileName)
        let context = ResolutionContext(fileName: fileName, region: region, stackName: stackName,
                                        parameterValues: parameterValues)
        var loader = TemplateLoader(sections: sections, context: context)
        return try loader.load()
    }
}

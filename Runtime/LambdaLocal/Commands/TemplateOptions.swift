import ArgumentParser
import Foundation
import SAMTemplate

/// The options every command that reads the template shares.
struct TemplateOptions: ParsableArguments {
    @Option(name: [.short, .customLong("template")], help: "The SAM template.")
    var templatePath = "template.yaml"

    @Option(
        parsing: .upToNextOption,
        help: "Template parameter values: Name=Value ... (or ParameterKey=Name,ParameterValue=Value).")
    var parameterOverrides: [String] = []

    @Option(help: "The region functions see (AWS_REGION). Defaults to AWS_REGION, AWS_DEFAULT_REGION, then us-east-1.")
    var region: String?

    /// The region in effect.
    var resolvedRegion: String {
        let environment = ProcessInfo.processInfo.environment
        return region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? "us-east-1"
    }

    /// The loaded template, with its absolute path and folder. Warnings go to standard error.
    func load() throws(LambdaLocalError) -> (template: SAMTemplate, path: String, directory: String) {
        let path = absolute(templatePath, relativeTo: FileManager.default.currentDirectoryPath)
        guard FileManager.default.fileExists(atPath: path) else {
            throw LambdaLocalError("no template at \(path) (use -t to name one)")
        }
        let template: SAMTemplate
        do {
            template = try SAMTemplate.load(
                path: path, parameterOverrides: try ParameterOverrides.parse(parameterOverrides), region: resolvedRegion)
        } catch let error as TemplateError {
            throw LambdaLocalError(error.description)
        } catch let error as LambdaLocalError {
            throw error
        } catch {
            throw LambdaLocalError("\(error)")
        }
        for warning in template.warnings {
            StandardError.writeLine("lambda-local: warning: \(warning)")
        }
        return (template, path, (path as NSString).deletingLastPathComponent)
    }
}

import Foundation
import SAMTemplate

/// Which functions of the template `lambda-local package` builds: every function whose code is a
/// product of this package, that is whose `CodeUri` holds no `bootstrap` of its own (the same rule
/// by which `invoke` and `start` build a function rather than run its folder as it is).
enum PackageSelection {
    /// The functions to package, sorted by logical ID: the `requested` ones, or all of them.
    static func functions(
        in template: SAMTemplate,
        templateDirectory: String,
        requested: [String]
    ) throws(LambdaLocalError) -> [FunctionDefinition] {
        let products = template.functions.values
            .filter { isPackageProduct($0, templateDirectory: templateDirectory) }
            .sorted { $0.logicalId < $1.logicalId }
        let selected: [FunctionDefinition]
        if requested.isEmpty {
            guard !products.isEmpty else {
                throw LambdaLocalError("the template declares no function that is a product of this package")
            }
            selected = products
        } else {
            selected = try requested.map { name throws(LambdaLocalError) in
                guard let function = template.function(named: name) else {
                    let known = products.map(\.logicalId).joined(separator: ", ")
                    throw LambdaLocalError("the template has no function named \(name); the functions to package are: \(known)")
                }
                guard isPackageProduct(function, templateDirectory: templateDirectory) else {
                    throw LambdaLocalError(
                        "function \(function.logicalId) runs the bootstrap in its CodeUri (\(codeDirectory(of: function, templateDirectory: templateDirectory))); zip that folder as it is")
                }
                return function
            }
        }
        for function in selected where function.architectures != [hostArchitecture] {
            throw LambdaLocalError(
                "function \(function.logicalId) declares Architectures \(function.architectures.joined(separator: ", ")), but packaging builds for this machine's \(hostArchitecture)")
        }
        return selected
    }

    /// Whether the function is built from this package rather than run from a `bootstrap` of its own.
    static func isPackageProduct(_ function: FunctionDefinition, templateDirectory: String) -> Bool {
        guard let codeUri = function.codeUri else { return false }  // code in S3: nothing to build
        let bootstrap = (absolute(codeUri, relativeTo: templateDirectory) as NSString).appendingPathComponent("bootstrap")
        return !FileManager.default.isExecutableFile(atPath: bootstrap)
    }

    private static func codeDirectory(of function: FunctionDefinition, templateDirectory: String) -> String {
        absolute(function.codeUri ?? ".", relativeTo: templateDirectory)
    }

    /// The architecture in Lambda's words.
    static var hostArchitecture: String {
        #if arch(arm64)
        "arm64"
        #else
        "x86_64"
        #endif
    }
}

import Foundation
import SAMTemplate
import Testing

/// Function binaries stay small and start fast: FoundationEssentials at most, never full Foundation
/// or ICU. Checked on the linked binaries themselves, with the dynamic loader's view (`ldd`).
@Suite struct FunctionBinaryTests {
    /// Every function of the project's template (each is a product of the same name), plus the
    /// test fixture, which is built the same way.
    static let functionProducts: [String] = {
        let template = try? SAMTemplate.load(path: "\(BuiltProducts.packageRoot)/template.yaml")
        return (template?.functions.keys.sorted() ?? []) + ["LambdaFixture"]
    }()

    @Test func theTemplateDeclaresFunctions() {
        #expect(Self.functionProducts.count > 1, "no functions found in template.yaml")
    }

    @Test(arguments: functionProducts)
    func linksNoFullFoundationNorICU(product: String) async throws {
        let binary = BuiltProducts.path(product)
        #expect(FileManager.default.isExecutableFile(atPath: binary), "\(product) is not built")
        let ldd = try await CommandRun.run("/usr/bin/ldd", [binary], in: BuiltProducts.packageRoot)
        #expect(ldd.status == 0)
        let libraries = ldd.stdoutText
        #expect(libraries.contains("libcurl"), "\(product) should use libcurl for the Runtime API")
        for forbidden in ["libFoundation.so", "libFoundationInternationalization", "libFoundationNetworking", "icu"] {
            #expect(!libraries.contains(forbidden), "\(product) links \(forbidden)")
        }
    }
}

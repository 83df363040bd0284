import Foundation

/// Where `swift build` put this package's products: beside the running test bundle.
enum BuiltProducts {
    /// The folder of the test bundle, which holds every product of the same build.
    static let directory: String = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().path
    }()

    /// The package's root folder, from this file's place in it.
    static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }()

    static func path(_ product: String) -> String {
        "\(directory)/\(product)"
    }

    static var lambdaLocal: String { path("lambda-local") }
}

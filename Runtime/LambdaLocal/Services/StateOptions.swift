import ArgumentParser
import Foundation
import LocalDynamoDB

/// Where the local services keep their state.
struct StateOptions: ParsableArguments {
    @Option(help: "The SQLite file of the local services' state (default: .lambda-local/state.sqlite beside the template).")
    var state: String?

    @Flag(help: "Keep the local services' state in memory only; nothing is written to disk.")
    var inMemory = false

    /// Opens the store: in memory, or in the state file (its folder created as needed).
    func openStore(templateDirectory: String, region: String) throws(LambdaLocalError) -> DynamoDBStore {
        do {
            if inMemory { return try DynamoDBStore.inMemory(region: region) }
            let path = absolute(state ?? ".lambda-local/state.sqlite", relativeTo: templateDirectory)
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            return try DynamoDBStore(path: path, region: region)
        } catch {
            throw LambdaLocalError("cannot open the state database: \(error)")
        }
    }
}

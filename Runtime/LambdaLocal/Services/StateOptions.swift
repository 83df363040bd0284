import ArgumentParser
import Foundation
import LocalState

/// Where the local services keep their state.
struct StateOptions: ParsableArguments {
    @Option(help: "The SQLite file of the local services' state (default: .lambda-local/state.sqlite beside the template).")
    var state: String?

    @Flag(help: "Keep the local services' state in memory only; nothing is written to disk.")
    var inMemory = false

    /// Opens the state database: in memory, or in the state file (its folder created as needed).
    func open(templateDirectory: String) throws(LambdaLocalError) -> StateDatabase {
        do {
            if inMemory { return try StateDatabase() }
            let path = absolute(state ?? ".lambda-local/state.sqlite", relativeTo: templateDirectory)
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            return try StateDatabase(path: path)
        } catch let error as StateFileError {
            throw LambdaLocalError("\(error); it is left as it is: name another file with --state, or move it away")
        } catch {
            throw LambdaLocalError("cannot open the state database: \(error)")
        }
    }
}

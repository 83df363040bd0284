import Foundation
import LocalLambda

/// Where `lambda-local invoke` reads its event: a file, standard input (`-`), or nothing (`{}`).
public enum EventInput: Sendable, Equatable {
    /// No `-e`: the event is `{}`, as `sam local invoke` sends.
    case empty
    /// `-e -`.
    case standardInput
    /// `-e <path>`.
    case file(String)

    /// Reads `-e`'s argument.
    public init(argument: String?) {
        switch argument {
        case nil: self = .empty
        case "-": self = .standardInput
        case let path?: self = .file(path)
        }
    }

    /// The largest event Lambda takes for a synchronous invocation, as the Invoke API does.
    public static let maximumSize = InvokeAPIResponder.maxRequestSize

    /// Reads the event and checks that it is JSON no larger than Lambda takes, naming the source
    /// and the position of a problem.
    public func read() throws(LambdaLocalError) -> Data {
        let data: Data
        let source: String
        switch self {
        case .empty:
            return Data("{}".utf8)
        case .standardInput:
            source = "the event on standard input"
            data = FileHandle.standardInput.readDataToEndOfFile()
        case .file(let path):
            source = "the event file \(path)"
            // Checked before reading, so that a huge file is refused without being loaded.
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
                try Self.checkSize(size, of: source)
            }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                let reason = FileManager.default.fileExists(atPath: path) ? error.localizedDescription : "no such file"
                throw LambdaLocalError("cannot read the event file \(path): \(reason)")
            }
        }
        try Self.checkSize(data.count, of: source)
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if data.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
                throw LambdaLocalError("\(source) is empty: an event must be JSON, such as {}")
            }
            throw LambdaLocalError("\(source) is not valid JSON: \(JSONText.describe(error, in: data))")
        }
        return data
    }

    private static func checkSize(_ size: Int, of source: String) throws(LambdaLocalError) {
        guard size <= maximumSize else {
            throw LambdaLocalError(
                "\(source) is \(size) bytes, over the \(maximumSize) bytes Lambda takes for a synchronous invocation")
        }
    }
}

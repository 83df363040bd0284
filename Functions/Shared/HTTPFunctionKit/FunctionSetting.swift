#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A function's configuration read from its environment, where the template puts it.
///
/// A setting that is present but unusable stops the function at init with a message naming the
/// variable, rather than quietly falling back to a default nobody chose.
public struct FunctionSetting: Sendable {
    /// The variables settings are read from.
    public let environment: [String: String]

    /// Reads settings from `environment` (the process's by default).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// A required string, such as a table name.
    public func string(_ name: String) throws(SettingError) -> String {
        guard let value = environment[name], !value.isEmpty else { throw SettingError(name: name, problem: "is not set") }
        return value
    }

    /// A string, or `defaultValue` when unset.
    public func string(_ name: String, default defaultValue: String) -> String {
        guard let value = environment[name], !value.isEmpty else { return defaultValue }
        return value
    }

    /// An integer in `range`, or `defaultValue` when unset.
    public func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int> = 0...Int.max) throws(SettingError) -> Int {
        guard let text = environment[name], !text.isEmpty else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw SettingError(name: name, problem: "must be an integer from \(range.lowerBound) to \(range.upperBound), got \"\(text)\"")
        }
        return value
    }
}

/// A setting that is missing or unusable; reported by the runtime as an init error.
public struct SettingError: Error, Sendable, CustomStringConvertible {
    /// The environment variable.
    public var name: String
    /// What is wrong with it.
    public var problem: String

    public var description: String { "environment variable \(name) \(problem)" }
}

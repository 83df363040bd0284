import Foundation
import SAMTemplate

/// The size of each function binary as it would ship: release build, symbols stripped.
enum BinarySize {
    struct Entry {
        let name: String
        let bytes: Int
    }

    static func measure(binDirectory: String, template: String) throws -> [Entry] {
        let functions = try SAMTemplate.load(path: template).functions.keys.sorted()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bench-strip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        return try functions.map { name in
            let copy = scratch.appendingPathComponent(name)
            try FileManager.default.copyItem(atPath: "\(binDirectory)/\(name)", toPath: copy.path)
            let strip = Process()
            strip.executableURL = URL(fileURLWithPath: "/usr/bin/strip")
            strip.arguments = [copy.path]
            try strip.run()
            strip.waitUntilExit()
            let size = try FileManager.default.attributesOfItem(atPath: copy.path)[.size] as? Int ?? 0
            return Entry(name: name, bytes: size)
        }
    }
}

import Foundation
import LambdaEvents

/// The data every services benchmark uses, the same for lambda-local, moto_server and raw SQLite:
/// items of about 150 bytes, 50 to a partition, so a Query reads one partition whatever the
/// table's size.
enum ServicesBenchData {
    static let itemsPerPartition = 50
    static let table = "bench-items"
    static let payload = String(repeating: "x", count: 100)

    static func partition(_ index: Int) -> String { "p\(index / itemsPerPartition)" }
    static func sortKey(_ index: Int) -> String { "s" + String(format: "%06d", index % itemsPerPartition) }

    /// The index of a pseudo-random item, reproducible across runs.
    struct Picker {
        var state: UInt64
        let count: Int

        init(count: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) {
            self.count = count
            state = seed
        }

        mutating func next() -> Int {
            // xorshift64*: cheap, and the same sequence on every side of a comparison.
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return Int((state &* 0x2545_F491_4F6C_DD1D) % UInt64(count))
        }
    }

    /// The item at `index`: what every side of the comparison stores.
    static func item(_ index: Int) -> DynamoDBItem {
        ["pk": .string(partition(index)), "sk": .string(sortKey(index)), "n": .number("0"), "payload": .string(payload)]
    }
}

import Foundation
import GRDB

/// The floor under lambda-local's DynamoDB: SQLite itself, through the same driver (GRDB) with the
/// same settings (WAL, one write transaction per update), doing the same conditional update and
/// the same partition read, with no HTTP, JSON or expression language in between.
enum RawSQLiteFloor {

    /// Creates the raw table beside lambda-local's state file and fills it with the same items.
    static func open(directory: String, items: Int) async throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let database = try DatabasePool(path: "\(directory)/raw.sqlite", configuration: configuration)
        try await database.write { db in
            try db.execute(sql: """
                CREATE TABLE items (pk TEXT NOT NULL, sk TEXT NOT NULL, n INTEGER NOT NULL, payload TEXT NOT NULL,
                                    PRIMARY KEY (pk, sk)) WITHOUT ROWID
                """)
        }
        var index = 0
        while index < items {
            let end = min(index + 1_000, items)
            let range = index..<end
            try await database.write { db in
                let statement = try db.makeStatement(sql: "INSERT INTO items VALUES (?, ?, 0, ?)")
                for item in range {
                    try statement.execute(arguments: [ServicesBenchData.partition(item), ServicesBenchData.sortKey(item), ServicesBenchData.payload])
                }
            }
            index = end
        }
        return database
    }

    /// The same conditional update as the endpoints get, one write transaction each; `round`
    /// picks other items.
    static func updatesPerSecond(_ database: DatabasePool, items: Int, updates: Int, round: Int = 0) throws -> Double {
        var picker = ServicesBenchData.Picker(count: items, seed: UInt64(round + 1) &* 0x2545_F491_4F6C_DD1D)
        let started = ContinuousClock.now
        for _ in 0..<updates {
            let item = picker.next()
            let changed = try update(database, item: item)
            guard changed == 1 else { throw BenchInstance.Failure(description: "raw SQLite update changed \(changed) rows") }
        }
        return Double(updates) / (ContinuousClock.now - started).benchSeconds
    }

    /// The read of one partition, as a Query of it reads it.
    static func queryLatency(_ database: DatabasePool, items: Int, queries: Int) throws -> Samples {
        var picker = ServicesBenchData.Picker(count: items)
        var samples = Samples()
        for _ in 0..<queries {
            let partition = ServicesBenchData.partition(picker.next())
            let begin = ContinuousClock.now
            let rows = try query(database, partition: partition)
            samples.append(ContinuousClock.now - begin)
            guard rows.count == ServicesBenchData.itemsPerPartition else {
                throw BenchInstance.Failure(description: "raw SQLite query read \(rows.count) rows")
            }
        }
        return samples
    }
}

// The synchronous API, so that the floor pays for no hop between threads.
extension RawSQLiteFloor {
    private static func update(_ database: DatabasePool, item: Int) throws -> Int {
        try database.write { db in
            try db.execute(
                sql: "UPDATE items SET n = n + 1 WHERE pk = ? AND sk = ? AND n < ?",
                arguments: [ServicesBenchData.partition(item), ServicesBenchData.sortKey(item), 1_000_000])
            return db.changesCount
        }
    }

    private static func query(_ database: DatabasePool, partition: String) throws -> [Row] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT pk, sk, n, payload FROM items WHERE pk = ? ORDER BY sk", arguments: [partition])
        }
    }
}

extension Duration {
    /// The duration in seconds, with fractions.
    var benchSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

import GRDB
import LambdaEvents

extension StoredTable {
    /// Up to `limit` stored items whose time-to-live attribute is a number of epoch seconds
    /// before `now`. Items without the attribute, or with a value of another type, never expire.
    ///
    /// The items are decoded in Swift rather than filtered in SQL because attribute names may
    /// hold any character and numbers are stored as text; a local table is small enough for that.
    func expiredItems(_ db: Database, now: Double, limit: Int) throws -> [DynamoDBItem] {
        guard let attribute = ttlAttribute, limit > 0 else { return [] }
        var expired: [DynamoDBItem] = []
        let texts = try String.fetchCursor(
            db, sql: "SELECT item FROM dynamodb_items WHERE table_name = ? AND index_name = ''", arguments: [name]
        )
        while expired.count < limit, let text = try texts.next() {
            let item = try ItemJSON.decode(text)
            guard case .number(let value)? = item[attribute], let seconds = Double(value), seconds < now else { continue }
            expired.append(item)
        }
        return expired
    }
}

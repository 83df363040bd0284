import Foundation
import GRDB

extension StoredTable {
    /// The table called `name`, or `ResourceNotFoundException`.
    ///
    /// Every operation starts here, so a definition is decoded once per revision of the stored
    /// definitions and kept (``DecodedTables``); the revision is read in the caller's transaction,
    /// so a change made through another connection or process is seen at once.
    static func fetch(_ db: Database, _ name: String) throws -> StoredTable {
        let revision = try DecodedTables.Revision(db)
        if let table = DecodedTables.shared.table(named: name, at: revision) { return table }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM dynamodb_tables WHERE name = ?"), arguments: [name]) else {
            throw DynamoDBServiceError.tableNotFound(name)
        }
        let table = try decode(row)
        DecodedTables.shared.keep(table, at: revision)
        return table
    }

    private static func decode(_ row: Row) throws -> StoredTable {
        StoredTable(
            name: row["name"],
            keySchema: try ItemJSON.decode([KeySchemaElement].self, from: row["key_schema"]),
            attributeDefinitions: try ItemJSON.decode([AttributeDefinition].self, from: row["attribute_definitions"]),
            globalSecondaryIndexes: try ItemJSON.decode([SecondaryIndex].self, from: row["global_secondary_indexes"]),
            localSecondaryIndexes: try ItemJSON.decode([SecondaryIndex].self, from: row["local_secondary_indexes"]),
            streamViewType: (row["stream_view_type"] as String?).map { .init(rawValue: $0) },
            streamLabel: row["stream_label"],
            ttlAttribute: row["ttl_attribute"],
            deletionProtection: row["deletion_protection"],
            billingMode: row["billing_mode"],
            provisionedThroughput: (row["read_capacity"] as Int?).map {
                ProvisionedThroughput(readCapacityUnits: $0, writeCapacityUnits: row["write_capacity"] ?? 0)
            },
            createdAt: row["created_at"],
            arn: row["arn"]
        )
    }

    /// Inserts the definition; the caller has checked the name is free.
    func insert(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO dynamodb_tables (name, key_schema, attribute_definitions, global_secondary_indexes,
                    local_secondary_indexes, stream_view_type, stream_label, ttl_attribute, created_at, arn,
                    deletion_protection, billing_mode, read_capacity, write_capacity)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                name, try ItemJSON.encode(value: keySchema), try ItemJSON.encode(value: attributeDefinitions),
                try ItemJSON.encode(value: globalSecondaryIndexes), try ItemJSON.encode(value: localSecondaryIndexes),
                streamViewType?.rawValue, streamLabel, ttlAttribute, createdAt, arn, deletionProtection,
                billingMode, provisionedThroughput?.readCapacityUnits, provisionedThroughput?.writeCapacityUnits,
            ]
        )
    }

    /// The description DescribeTable answers with, counting items and bytes per index.
    func description(_ db: Database) throws -> TableDescription {
        var counts: [String: (items: Int, bytes: Int)] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT index_name, count(*) AS n, coalesce(sum(size), 0) AS bytes FROM dynamodb_items WHERE table_name = ? GROUP BY index_name",
            arguments: [name]
        ) {
            counts[row["index_name"]] = (row["n"], row["bytes"])
        }
        func indexes(_ list: [SecondaryIndex], global: Bool) -> [IndexDescription]? {
            guard !list.isEmpty else { return nil }
            return list.map { index in
                IndexDescription(
                    indexName: index.indexName, keySchema: index.keySchema, projection: index.projection,
                    indexStatus: global ? "ACTIVE" : nil, itemCount: counts[index.indexName]?.items ?? 0,
                    indexSizeBytes: counts[index.indexName]?.bytes ?? 0, indexArn: "\(arn)/index/\(index.indexName)"
                )
            }
        }
        return TableDescription(
            tableName: name, tableStatus: "ACTIVE", keySchema: keySchema, attributeDefinitions: attributeDefinitions,
            creationDateTime: createdAt, itemCount: counts[""]?.items ?? 0, tableSizeBytes: counts[""]?.bytes ?? 0,
            tableArn: arn, globalSecondaryIndexes: indexes(globalSecondaryIndexes, global: true),
            localSecondaryIndexes: indexes(localSecondaryIndexes, global: false),
            streamSpecification: streamViewType.map { StreamSpecification(streamEnabled: true, streamViewType: $0) },
            latestStreamArn: streamArn, latestStreamLabel: streamLabel, deletionProtectionEnabled: deletionProtection,
            billingModeSummary: BillingModeSummary(billingMode: billingMode ?? "PROVISIONED"),
            provisionedThroughput: ProvisionedThroughputDescription(
                numberOfDecreasesToday: 0, readCapacityUnits: provisionedThroughput?.readCapacityUnits ?? 0,
                writeCapacityUnits: provisionedThroughput?.writeCapacityUnits ?? 0)
        )
    }
}

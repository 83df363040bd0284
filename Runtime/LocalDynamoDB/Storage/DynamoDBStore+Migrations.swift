import Foundation
import GRDB

extension DynamoDBStore {
    /// The schema, one migration per released shape so existing state files upgrade in place.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE dynamodb_tables (
                    name TEXT PRIMARY KEY NOT NULL,
                    key_schema TEXT NOT NULL,
                    attribute_definitions TEXT NOT NULL,
                    global_secondary_indexes TEXT NOT NULL,
                    local_secondary_indexes TEXT NOT NULL,
                    stream_view_type TEXT,
                    stream_label TEXT,
                    ttl_attribute TEXT,
                    created_at REAL NOT NULL,
                    arn TEXT NOT NULL
                );
                -- Base items (index_name '') and secondary-index entries side by side: a Query is a
                -- range scan of the primary key whatever the table's size. item_* is the base
                -- table's key, which also orders index entries that share an index key.
                CREATE TABLE dynamodb_items (
                    table_name TEXT NOT NULL,
                    index_name TEXT NOT NULL,
                    partition_key BLOB NOT NULL,
                    sort_key BLOB NOT NULL,
                    item_partition_key BLOB NOT NULL,
                    item_sort_key BLOB NOT NULL,
                    item TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    PRIMARY KEY (table_name, index_name, partition_key, sort_key, item_partition_key, item_sort_key)
                ) WITHOUT ROWID;
                -- Finds an item's index entries when the item changes.
                CREATE INDEX dynamodb_items_by_item ON dynamodb_items (table_name, item_partition_key, item_sort_key);
                CREATE TABLE dynamodb_stream_records (
                    sequence_number INTEGER PRIMARY KEY AUTOINCREMENT,
                    table_name TEXT NOT NULL,
                    event_name TEXT NOT NULL,
                    keys TEXT NOT NULL,
                    new_image TEXT,
                    old_image TEXT,
                    view_type TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    created_at REAL NOT NULL,
                    deleted_by_ttl INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX dynamodb_stream_records_by_table ON dynamodb_stream_records (table_name, sequence_number);
                """)
        }
        migrator.registerMigration("v2: stream checkpoints") { db in
            // Where each stream event source has got to: the last sequence number its function
            // acknowledged, so that a restart neither loses nor replays a batch.
            try db.execute(sql: """
                CREATE TABLE dynamodb_stream_checkpoints (
                    consumer TEXT PRIMARY KEY NOT NULL,
                    sequence_number INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("v3: table definition revisions") { db in
            // A counter every change to a table definition bumps, whoever makes it (this process,
            // another one on the same file, a later migration that edits definitions must bump it
            // too), and a token naming this database: together they tell a process, with one read
            // of one row, whether the definitions it has decoded are still the stored ones.
            try db.execute(
                sql: """
                    CREATE TABLE dynamodb_table_revision (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        revision INTEGER NOT NULL,
                        database_token TEXT NOT NULL
                    );
                    INSERT INTO dynamodb_table_revision VALUES (1, 0, ?);
                    CREATE TRIGGER dynamodb_table_inserted AFTER INSERT ON dynamodb_tables
                        BEGIN UPDATE dynamodb_table_revision SET revision = revision + 1; END;
                    CREATE TRIGGER dynamodb_table_updated AFTER UPDATE ON dynamodb_tables
                        BEGIN UPDATE dynamodb_table_revision SET revision = revision + 1; END;
                    CREATE TRIGGER dynamodb_table_deleted AFTER DELETE ON dynamodb_tables
                        BEGIN UPDATE dynamodb_table_revision SET revision = revision + 1; END;
                    """,
                arguments: [UUID().uuidString])
        }
        migrator.registerMigration("v4: deletion protection") { db in
            // Tables created before it existed are unprotected, as DynamoDB's are by default.
            try db.execute(sql: "ALTER TABLE dynamodb_tables ADD COLUMN deletion_protection INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v5: billing") { db in
            // Tables created before it existed report the default, provisioned with no capacity.
            try db.execute(sql: """
                ALTER TABLE dynamodb_tables ADD COLUMN billing_mode TEXT;
                ALTER TABLE dynamodb_tables ADD COLUMN read_capacity INTEGER;
                ALTER TABLE dynamodb_tables ADD COLUMN write_capacity INTEGER;
                """)
        }
        return migrator
    }
}

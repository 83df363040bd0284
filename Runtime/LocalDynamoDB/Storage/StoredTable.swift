import Foundation
import GRDB
import LambdaEvents

/// A table's definition as stored in `dynamodb_tables`.
struct StoredTable: Sendable {
    var name: String
    var keySchema: [KeySchemaElement]
    var attributeDefinitions: [AttributeDefinition]
    var globalSecondaryIndexes: [SecondaryIndex]
    var localSecondaryIndexes: [SecondaryIndex]
    var streamViewType: DynamoDBStreamEvent.StreamViewType?
    var streamLabel: String?
    var ttlAttribute: String?
    /// DeleteTable is refused while this is set.
    var deletionProtection = false
    /// `PROVISIONED` or `PAY_PER_REQUEST`, as CreateTable said (nil: the default, provisioned).
    var billingMode: String?
    /// The capacity CreateTable gave a provisioned table.
    var provisionedThroughput: ProvisionedThroughput?
    var createdAt: Double
    var arn: String

    /// The table's own key names.
    var key: KeySchema { keySchema.keySchema }

    /// The declared type (`S`, `N`, `B`) of a key attribute.
    func type(of attribute: String) -> String? {
        attributeDefinitions.first { $0.attributeName == attribute }?.attributeType
    }

    /// Every secondary index, global first.
    var secondaryIndexes: [SecondaryIndex] { globalSecondaryIndexes + localSecondaryIndexes }

    /// The table or index a read addresses: `nil` is the table itself.
    func readTarget(_ indexName: String?) throws(DynamoDBServiceError) -> ReadTarget {
        guard let indexName else { return ReadTarget(indexName: "", key: key, projection: nil, isGlobal: false) }
        guard let index = secondaryIndexes.first(where: { $0.indexName == indexName }) else {
            throw .validation("The table does not have the specified index: \(indexName)")
        }
        let isGlobal = globalSecondaryIndexes.contains { $0.indexName == indexName }
        return ReadTarget(indexName: indexName, key: index.keySchema.keySchema, projection: index.projection, isGlobal: isGlobal)
    }

    /// The ARN of the table's stream.
    var streamArn: String? { streamLabel.map { "\(arn)/stream/\($0)" } }
}

/// The table or one of its indexes, as a Query or Scan reads it.
struct ReadTarget: Sendable {
    /// `""` for the table.
    var indexName: String
    var key: KeySchema
    /// Nil for the table, which holds whole items.
    var projection: Projection?
    /// A global secondary index, which holds only what it projects and is never read consistently.
    var isGlobal: Bool

    /// Whether entries hold only some attributes of their items (`KEYS_ONLY` or `INCLUDE`).
    var projectsSomeAttributes: Bool { (projection?.projectionType ?? "ALL") != "ALL" }
}

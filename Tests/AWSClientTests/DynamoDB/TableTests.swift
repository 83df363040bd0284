import AWSClient
import Foundation
import Testing

/// CreateTable, DescribeTable and DeleteTable against moto.
@Suite(.blockingIO) struct TableTests {
    @Test func aCreatedTableIsDescribedAndDeleted() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let name = "tables-\(UUID().uuidString.prefix(8))"
        let created = try await dynamo.createTable(CreateTableRequest(
            tableName: name, keySchema: [.partition("id"), .sort("at")],
            attributeDefinitions: [
                AttributeDefinition(attributeName: "id", attributeType: .string),
                AttributeDefinition(attributeName: "at", attributeType: .number),
            ],
            streamSpecification: StreamSpecification(streamEnabled: true, streamViewType: .newAndOldImages)))
        #expect(created.tableName == name)

        let described = try await dynamo.describeTable(tableName: name)
        #expect(described.isActive)
        #expect(described.keySchema == [.partition("id"), .sort("at")])
        #expect(described.attributeDefinitions.contains(AttributeDefinition(attributeName: "at", attributeType: .number)))
        #expect(described.billingMode == .payPerRequest)
        #expect(described.streamSpecification?.streamViewType == .newAndOldImages)
        #expect(described.latestStreamARN?.contains(name) == true)
        #expect(described.tableARN?.hasSuffix("table/\(name)") == true)

        try await dynamo.deleteTable(tableName: name)
        await #expect(performing: { _ = try await dynamo.describeTable(tableName: name) }, throws: { error in
            (error as? AWSError)?.code == .resourceNotFound
        })
    }

    @Test func indexesAreDescribed() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let name = try await TestAWS.makeTable(dynamo)
        let described = try await dynamo.describeTable(tableName: name)
        #expect(described.globalSecondaryIndexes.map(\.indexName) == ["byStatus"])
        #expect(described.globalSecondaryIndexes.first?.keySchema == [.partition("status"), .sort("sk")])
        #expect(described.globalSecondaryIndexes.first?.projection.projectionType == "ALL")
    }

    @Test func creatingAnExistingTableIsResourceInUse() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let name = try await TestAWS.makeTable(dynamo, sortKey: false)
        let error = await #expect(throws: AWSError.self) {
            _ = try await dynamo.createTable(CreateTableRequest(
                tableName: name, keySchema: [.partition("pk")],
                attributeDefinitions: [AttributeDefinition(attributeName: "pk", attributeType: .string)]))
        }
        #expect(error?.code == .resourceInUse)
    }
}

import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// `BillingMode` and `ProvisionedThroughput` are kept and reported as DescribeTable reports them
/// (clients such as PynamoDB read them), and checked as CreateTable checks them; capacity is
/// never enforced.
@Suite struct BillingTests {
    static func create(
        _ store: DynamoDBStore, _ name: String, mode: String? = nil, throughput: ProvisionedThroughput? = nil
    ) async throws -> TableDescription {
        try await store.createTable(CreateTableInput(
            tableName: name, keySchema: [.init(attributeName: "id", keyType: "HASH")],
            attributeDefinitions: [.init(attributeName: "id", attributeType: "S")],
            billingMode: mode, provisionedThroughput: throughput)).tableDescription
    }

    @Test func eachModeIsReportedWithItsCapacity() async throws {
        let store = try DynamoDBStore.inMemory()
        let onDemand = try await Self.create(store, "OnDemand", mode: "PAY_PER_REQUEST")
        #expect(onDemand.billingModeSummary?.billingMode == "PAY_PER_REQUEST")
        #expect(onDemand.provisionedThroughput == .init(numberOfDecreasesToday: 0, readCapacityUnits: 0, writeCapacityUnits: 0))
        _ = try await Self.create(store, "Provisioned", throughput: .init(readCapacityUnits: 2, writeCapacityUnits: 3))
        let described = try await store.describeTable(TableNameInput(tableName: "Provisioned")).table
        #expect(described.billingModeSummary?.billingMode == "PROVISIONED")
        #expect(described.provisionedThroughput == .init(numberOfDecreasesToday: 0, readCapacityUnits: 2, writeCapacityUnits: 3))
        let unsaid = try await Self.create(store, "Unsaid")
        #expect(unsaid.billingModeSummary?.billingMode == "PROVISIONED")
    }

    @Test func modesAndCapacitiesDynamoDBRefusesAreRefusedAndNoTableIsMade() async throws {
        let store = try DynamoDBStore.inMemory()
        let refusals: [(String?, ProvisionedThroughput?, String)] = [
            ("FREE", nil, "Value 'FREE' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]"),
            ("PAY_PER_REQUEST", .init(readCapacityUnits: 1, writeCapacityUnits: 1),
             "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST"),
            ("PROVISIONED", .init(readCapacityUnits: 0, writeCapacityUnits: 1),
             "Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1"),
            (nil, .init(readCapacityUnits: 1, writeCapacityUnits: -1),
             "Value '-1' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1"),
        ]
        for (mode, throughput, message) in refusals {
            let error = await serviceError { _ = try await Self.create(store, "Refused", mode: mode, throughput: throughput) }
            #expect(error?.code == "ValidationException")
            #expect(error?.message.hasSuffix(message) == true, "\(error?.message ?? "")")
        }
        #expect(try await store.listTables().tableNames.isEmpty)
    }
}

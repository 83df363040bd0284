import AWSClient
import Foundation
import LambdaEvents

/// Clients and tables for the tests, all on loopback with test credentials.
enum TestAWS {
    static let credentials = AWSCredentials(accessKeyID: "AKIDTESTING", secretAccessKey: "testing-secret")

    /// Retries as the SDKs do them, with delays scaled down so that tests stay fast.
    static let quickRetries = RetryPolicy(
        maxAttempts: 4, baseDelay: .milliseconds(2), throttlingBaseDelay: .milliseconds(5),
        maxBackoff: .milliseconds(40))

    static func configuration(_ endpoint: AWSEndpoint, requestTimeout: Duration = .seconds(20)) -> AWSConfiguration {
        AWSConfiguration(
            credentials: credentials, region: "us-east-1", endpoint: endpoint, requestTimeout: requestTimeout,
            usesProxyFromEnvironment: false)
    }

    static func dynamoDB(
        _ endpoint: AWSEndpoint? = nil, retryPolicy: RetryPolicy = quickRetries, requestTimeout: Duration = .seconds(20)
    ) throws -> DynamoDBClient {
        try DynamoDBClient(
            configuration: configuration(endpoint ?? Moto.endpoint(), requestTimeout: requestTimeout),
            retryPolicy: retryPolicy)
    }

    static func eventBridge(_ endpoint: AWSEndpoint? = nil) throws -> EventBridgeClient {
        try EventBridgeClient(configuration: configuration(endpoint ?? Moto.endpoint()), retryPolicy: quickRetries)
    }

    /// A fresh table with string keys `pk` and `sk`, and a global index `byStatus` on `status` and `sk`.
    static func makeTable(_ client: DynamoDBClient, sortKey: Bool = true) async throws -> String {
        let name = "t-\(UUID().uuidString.prefix(12))"
        var attributes = [AttributeDefinition(attributeName: "pk", attributeType: .string)]
        var keySchema = [KeySchemaElement.partition("pk")]
        var indexes: [SecondaryIndex] = []
        if sortKey {
            keySchema.append(.sort("sk"))
            attributes.append(AttributeDefinition(attributeName: "sk", attributeType: .string))
            attributes.append(AttributeDefinition(attributeName: "status", attributeType: .string))
            indexes.append(SecondaryIndex(indexName: "byStatus", keySchema: [.partition("status"), .sort("sk")]))
        }
        _ = try await client.createTable(CreateTableRequest(
            tableName: name, keySchema: keySchema, attributeDefinitions: attributes, globalSecondaryIndexes: indexes))
        return name
    }
}

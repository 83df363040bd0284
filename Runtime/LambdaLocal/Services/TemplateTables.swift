import Foundation
import LocalDynamoDB
import SAMTemplate

/// Creates the tables the template declares, as a deploy would, when they do not exist yet.
enum TemplateTables {
    static func create(from template: SAMTemplate, in store: DynamoDBStore) async throws(LambdaLocalError) {
        for resource in template.tables {
            let name = resource.properties["TableName"]?.string ?? resource.logicalId
            let input: CreateTableInput
            do {
                input = try tableInput(resource, name: name)
            } catch {
                throw LambdaLocalError("table \(resource.logicalId) (\(template.fileName):\(resource.line)) cannot be created: \(error)")
            }
            do {
                _ = try await store.createTable(input)
            } catch {
                // Kept from an earlier run of the same state file.
                guard error.code == "ResourceInUseException" else {
                    throw LambdaLocalError("table \(resource.logicalId) (\(template.fileName):\(resource.line)) cannot be created: \(error.message)")
                }
            }
            if let ttl = resource.properties["TimeToLiveSpecification"], ttl["Enabled"]?.bool == true,
               let attribute = ttl["AttributeName"]?.string {
                _ = try? await store.updateTimeToLive(UpdateTimeToLiveInput(
                    tableName: name, timeToLiveSpecification: TimeToLiveSpecification(enabled: true, attributeName: attribute)))
            }
        }
    }

    /// `AWS::DynamoDB::Table` properties use the API's own member names, so they decode as the
    /// CreateTable input; `AWS::Serverless::SimpleTable` has a `PrimaryKey` of its own.
    private static func tableInput(_ resource: ResolvedResource, name: String) throws -> CreateTableInput {
        if resource.type == "AWS::Serverless::SimpleTable" {
            let key = resource.properties["PrimaryKey"]
            let keyName = key?["Name"]?.string ?? "id"
            let keyType: String = switch key?["Type"]?.string ?? "String" {
            case "Number": "N"
            case "Binary": "B"
            default: "S"
            }
            return CreateTableInput(
                tableName: name,
                keySchema: [KeySchemaElement(attributeName: keyName, keyType: "HASH")],
                attributeDefinitions: [AttributeDefinition(attributeName: keyName, attributeType: keyType)],
                streamSpecification: nil)
        }
        var object = (try JSONSerialization.jsonObject(with: Data(resource.properties.jsonText.utf8)) as? [String: Any]) ?? [:]
        object["TableName"] = name
        // In a template a StreamSpecification with a view type is an enabled stream; the API says so
        // with StreamEnabled.
        if var stream = object["StreamSpecification"] as? [String: Any], stream["StreamEnabled"] == nil {
            stream["StreamEnabled"] = stream["StreamViewType"] != nil
            object["StreamSpecification"] = stream
        }
        // CloudFormation takes capacity as text too (a Number parameter resolves to one); the API
        // takes numbers.
        if let throughput = object["ProvisionedThroughput"] as? [String: Any] {
            object["ProvisionedThroughput"] = throughput.mapValues { value in (value as? String).flatMap(Int.init) ?? value }
        }
        return try JSONDecoder().decode(CreateTableInput.self, from: JSONSerialization.data(withJSONObject: object))
    }
}

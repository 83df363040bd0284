extension CreateTableInput {
    /// DynamoDB's checks of a new table's definition, in the order the service applies them.
    func validate() throws(DynamoDBServiceError) {
        let nameCharacters = tableName.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
        guard (3...255).contains(tableName.count), nameCharacters else {
            throw .validation("1 validation error detected: Value '\(tableName)' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+ and have length between 3 and 255")
        }
        for (position, definition) in attributeDefinitions.enumerated() where !["S", "N", "B"].contains(definition.attributeType) {
            throw .validation("1 validation error detected: Value '\(definition.attributeType)' at 'attributeDefinitions.\(position + 1).member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]")
        }
        try validateBilling()
        try Self.validateKeySchema(keySchema, owner: "KeySchema")
        let indexes = (globalSecondaryIndexes ?? []) + (localSecondaryIndexes ?? [])
        var used = Set(keySchema.map(\.attributeName))
        for index in indexes {
            try Self.validateKeySchema(index.keySchema, owner: "Index KeySchema")
            used.formUnion(index.keySchema.map(\.attributeName))
        }
        let defined = Set(attributeDefinitions.map(\.attributeName))
        let missing = used.subtracting(defined)
        if !missing.isEmpty {
            throw .validation("One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [\(missing.sorted().joined(separator: ", "))], AttributeDefinitions: [\(attributeDefinitions.map(\.attributeName).joined(separator: ", "))]")
        }
        if defined.count != used.count || attributeDefinitions.count != defined.count {
            throw .validation("One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions")
        }
        try validateIndexes()
        if let stream = streamSpecification, stream.streamEnabled, stream.streamViewType == nil {
            throw .validation("One or more parameter values were invalid: Stream view type must be specified when stream is enabled")
        }
    }

    private func validateIndexes() throws(DynamoDBServiceError) {
        if let globals = globalSecondaryIndexes {
            if globals.isEmpty { throw .validation("One or more parameter values were invalid: List of GlobalSecondaryIndexes is empty") }
            if globals.count > 20 { throw .validation("One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table limit of 20") }
        }
        if let locals = localSecondaryIndexes {
            if locals.isEmpty { throw .validation("One or more parameter values were invalid: List of LocalSecondaryIndexes is empty") }
            if locals.count > 5 { throw .validation("One or more parameter values were invalid: LocalSecondaryIndex count exceeds the per-table limit of 5") }
            guard keySchema.keySchema.sortKey != nil else {
                throw .validation("One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex")
            }
            for index in locals where index.keySchema.keySchema.partitionKey != keySchema.keySchema.partitionKey || index.keySchema.count != 2 {
                throw .validation("One or more parameter values were invalid: Index KeySchema does not have the same leading hash key as table KeySchema for index: \(index.indexName). index hash key: \(index.keySchema.keySchema.partitionKey), table hash key: \(keySchema.keySchema.partitionKey)")
            }
        }
        var names: Set<String> = []
        for index in (globalSecondaryIndexes ?? []) + (localSecondaryIndexes ?? []) {
            guard (3...255).contains(index.indexName.count) else {
                throw .validation("1 validation error detected: Value '\(index.indexName)' at 'indexName' failed to satisfy constraint: Member must have length greater than or equal to 3")
            }
            guard names.insert(index.indexName).inserted else {
                throw .validation("One or more parameter values were invalid: Duplicate index name: \(index.indexName)")
            }
            let type = index.projection.projectionType ?? "ALL"
            guard ["ALL", "KEYS_ONLY", "INCLUDE"].contains(type) else {
                throw .validation("1 validation error detected: Value '\(type)' at 'projection.projectionType' failed to satisfy constraint: Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]")
            }
        }
    }

    /// One HASH element, optionally followed by one RANGE element on a different attribute.
    private static func validateKeySchema(_ schema: [KeySchemaElement], owner: String) throws(DynamoDBServiceError) {
        guard (1...2).contains(schema.count) else {
            throw .validation("1 validation error detected: Value '\(schema.count)' at 'keySchema' failed to satisfy constraint: Member must have length between 1 and 2")
        }
        guard schema[0].keyType == "HASH" else {
            throw .validation("Invalid \(owner): The first KeySchemaElement is not a HASH key type")
        }
        if schema.count == 2 {
            guard schema[1].keyType == "RANGE" else {
                throw .validation("Invalid \(owner): The second KeySchemaElement is not a RANGE key type")
            }
            guard schema[1].attributeName != schema[0].attributeName else {
                throw .validation("Invalid \(owner): Both the Hash Key and the Range Key element in the KeySchema have the same name")
            }
        }
    }

    /// The billing mode is one DynamoDB knows, capacity comes only with `PROVISIONED`, and at
    /// least one unit of each.
    private func validateBilling() throws(DynamoDBServiceError) {
        if let billingMode, !["PROVISIONED", "PAY_PER_REQUEST"].contains(billingMode) {
            throw .validation("1 validation error detected: Value '\(billingMode)' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]")
        }
        guard let throughput = provisionedThroughput else { return }
        if billingMode == "PAY_PER_REQUEST" {
            throw .validation("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST")
        }
        for (value, member) in [(throughput.readCapacityUnits, "readCapacityUnits"), (throughput.writeCapacityUnits, "writeCapacityUnits")] where value < 1 {
            throw .validation("1 validation error detected: Value '\(value)' at 'provisionedThroughput.\(member)' failed to satisfy constraint: Member must have value greater than or equal to 1")
        }
    }
}

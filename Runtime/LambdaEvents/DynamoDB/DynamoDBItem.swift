/// A DynamoDB item, or a key: attribute values by attribute name.
public typealias DynamoDBItem = [String: AttributeValue]

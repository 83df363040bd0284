import Foundation
import LambdaEvents
@testable import LocalDynamoDB

/// Builds request attributes for tests; the maps are valid unless a test says otherwise.
func attributes(names: [String: String]? = nil, values: DynamoDBItem? = nil) -> ExpressionAttributes {
    try! ExpressionAttributes(names: names, values: values)
}

/// An order as a shop would store it.
let order: DynamoDBItem = [
    "pk": "CUSTOMER#42",
    "sk": "ORDER#2024-05-01",
    "status": "SHIPPED",
    "amount": .number("129.90"),
    "quantity": 3,
    "tags": .stringSet(["gift", "express"]),
    "scores": .numberSet(["1", "2.5"]),
    "digest": .binary(Data([0x01, 0x02, 0x03])),
    "paid": true,
    "note": nil,
    "orderLines": [
        ["sku": "A-1", "price": .number("19.90")],
        ["sku": "B-2", "price": .number("110")],
    ],
    "address": ["city": "Lyon", "zip": "69001", "geo": ["lat": .number("45.76")]],
]

func condition(_ text: String, names: [String: String]? = nil, values: DynamoDBItem? = nil) throws -> ConditionExpression {
    try ConditionExpression(text, attributes: attributes(names: names, values: values))
}

func holds(_ text: String, on item: DynamoDBItem? = order, names: [String: String]? = nil, values: DynamoDBItem? = nil) throws -> Bool {
    try condition(text, names: names, values: values).isSatisfied(by: item)
}

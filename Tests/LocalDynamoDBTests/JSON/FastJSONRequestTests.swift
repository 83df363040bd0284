import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// Requests read straight from their bodies must read as `JSONDecoder` reads them, or not at all
/// (then the endpoint uses `JSONDecoder`); answers written directly must mean what
/// `JSONEncoder`'s mean.
@Suite struct FastJSONRequestTests {
    private func body<T: Encodable>(_ value: T) throws -> Data {
        try JSONEncoder().encode(value)
    }

    private func fast<T: FastJSONDecodable>(_ type: T.Type, _ data: Data) -> T? {
        data.withUnsafeBytes { T(fastJSON: $0) }
    }

    @Test func randomRequestsReadAsJSONDecoderReadsThem() throws {
        var random = RandomItems(seed: 4)
        for _ in 0..<500 {
            let names: [String: String]? = random.int(0...1) == 0 ? nil : ["#\(random.int(0...9))": random.string()]
            let values: DynamoDBItem? = random.int(0...1) == 0 ? nil : [":v": random.value(depth: 0)]
            let optional = random.int(0...1) == 0 ? nil : random.string()
            let update = UpdateItemInput(
                tableName: random.string(), key: random.item(), updateExpression: optional, conditionExpression: random.string(),
                expressionAttributeNames: names, expressionAttributeValues: values, returnValues: optional)
            #expect(fast(UpdateItemInput.self, try body(update)) == update)
            let put = PutItemInput(tableName: random.string(), item: random.item(), conditionExpression: optional,
                                   expressionAttributeNames: names, expressionAttributeValues: values)
            #expect(fast(PutItemInput.self, try body(put)) == put)
            let delete = DeleteItemInput(tableName: random.string(), key: random.item(), returnValuesOnConditionCheckFailure: optional)
            #expect(fast(DeleteItemInput.self, try body(delete)) == delete)
            let get = GetItemInput(tableName: random.string(), key: random.item(), projectionExpression: optional,
                                   expressionAttributeNames: names, consistentRead: random.int(0...1) == 0)
            #expect(fast(GetItemInput.self, try body(get)) == get)
            let query = QueryInput(
                tableName: random.string(), indexName: optional, keyConditionExpression: random.string(), filterExpression: optional,
                expressionAttributeNames: names, expressionAttributeValues: values, limit: random.int(-5...1_000_000),
                scanIndexForward: random.int(0...1) == 0, exclusiveStartKey: random.int(0...1) == 0 ? nil : random.item(),
                select: optional)
            #expect(fast(QueryInput.self, try body(query)) == query)
        }
    }

    @Test func unknownMembersAndNullsReadAsJSONDecoderReadsThem() throws {
        let texts = [
            #"{"TableName":"t","Key":{"pk":{"S":"a"}},"Extra":[1,-2.5e3,{"x":null},true,"\u00e9"],"UpdateExpression":null}"#,
            #" {"Key" : {"pk":{"N":"1"}} , "TableName" : "t" , "ReturnValues" : null } "#,
            ##"{"TableName":"t","Key":{},"ExpressionAttributeNames":{"#a":"b"},"ExpressionAttributeValues":{":a":{"L":[]}}}"##,
        ]
        for text in texts {
            let data = Data(text.utf8)
            #expect(fast(UpdateItemInput.self, data) == (try JSONDecoder().decode(UpdateItemInput.self, from: data)))
        }
        // Inside a member nobody reads, a repeated name reads as JSONDecoder reads it, whatever that is.
        let repeated = Data(#"{"TableName":"t","Key":{},"Extra":{"a":1,"a":[2]}}"#.utf8)
        #expect(fast(UpdateItemInput.self, repeated) == (try? JSONDecoder().decode(UpdateItemInput.self, from: repeated)))
    }

    /// Bodies the fast reader must decline, so that `JSONDecoder` reports them as it always did.
    @Test func doubtfulBodiesAreLeftToJSONDecoder() throws {
        let texts = [
            "", "{}", "[]", #"{"TableName":"t"}"#, #"{"TableName":null,"Key":{}}"#, #"{"TableName":"t","Key":null}"#,
            #"{"TableName":"t","Key":{},"TableName":"u"}"#, #"{"TableName":1,"Key":{}}"#, #"{"TableName":"t","Key":{"pk":{"S":1}}}"#,
            #"{"TableName":"t","Key":{},"Extra":01}"#, #"{"TableName":"t","Key":{},"Extra":1.}"#, #"{"TableName":"t","Key":{},"Extra":[1,]}"#,
            ##"{"TableName":"t","Key":{},"ExpressionAttributeNames":{"#a":"b","#a":"c"}}"##, #"{"TableName":"t","Key":{}} x"#,
            #"{"TableName":"t","Key":{},"Extra":tru}"#, #"{"TableName":"t","Key":{},"ReturnValues":5}"#,
        ]
        for text in texts {
            #expect(fast(UpdateItemInput.self, Data(text.utf8)) == nil, "\(text)")
        }
        for text in [#"{"TableName":"t","KeyConditionExpression":"k","Limit":1.0}"#, #"{"TableName":"t","KeyConditionExpression":"k","Limit":1e2}"#,
                     #"{"TableName":"t","KeyConditionExpression":"k","Limit":99999999999999999999}"#,
                     #"{"TableName":"t","KeyConditionExpression":"k","ScanIndexForward":1}"#] {
            #expect(fast(QueryInput.self, Data(text.utf8)) == nil, "\(text)")
        }
    }

    /// The legacy members are read by `JSONDecoder` only; the fast reader, which would skip them
    /// as unknown, declines the body.
    @Test func legacyMembersAreLeftToJSONDecoder() throws {
        let put = Data(#"{"TableName":"t","Item":{"pk":{"S":"a"}},"Expected":{"pk":{"Exists":false}}}"#.utf8)
        #expect(fast(PutItemInput.self, put) == nil)
        #expect(try JSONDecoder().decode(PutItemInput.self, from: put).expected == ["pk": ExpectedAttributeValue(exists: false)])
        let update = Data(#"{"TableName":"t","Key":{},"AttributeUpdates":{"n":{"Action":"ADD","Value":{"N":"1"}}}}"#.utf8)
        #expect(fast(UpdateItemInput.self, update) == nil)
        #expect(try JSONDecoder().decode(UpdateItemInput.self, from: update).attributeUpdates == ["n": AttributeValueUpdate("ADD", 1)])
        for member in [#""ConditionalOperator":"OR""#, #""Expected":{}"#] {
            #expect(fast(DeleteItemInput.self, Data(#"{"TableName":"t","Key":{},\#(member)}"#.utf8)) == nil)
        }
        #expect(fast(GetItemInput.self, Data(#"{"TableName":"t","Key":{},"AttributesToGet":["a"]}"#.utf8)) == nil)
        let query = Data(#"{"TableName":"t","KeyConditions":{"pk":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"a"}]}}}"#.utf8)
        #expect(fast(QueryInput.self, query) == nil)
        #expect(try JSONDecoder().decode(QueryInput.self, from: query).keyConditions == ["pk": ComparisonCondition("EQ", ["a"])])
        for member in [#""QueryFilter":{}"#, #""ConditionalOperator":"AND""#, #""AttributesToGet":["a"]"#] {
            #expect(fast(QueryInput.self, Data(#"{"TableName":"t","KeyConditionExpression":"k",\#(member)}"#.utf8)) == nil)
        }
    }

    @Test func damagedBodiesNeverReadDifferentlyFromJSONDecoder() throws {
        var random = RandomItems(seed: 5)
        for _ in 0..<2_000 {
            let input = UpdateItemInput(tableName: "t", key: random.item(), updateExpression: "SET a = :v",
                                        expressionAttributeValues: [":v": random.value(depth: 1)])
            var bytes = Array(try body(input))
            switch random.int(0...2) {
            case 0: bytes.removeLast(random.int(1...bytes.count))
            case 1: bytes[random.int(0...(bytes.count - 1))] = [UInt8]("{}[]\",:\\ 0-.e".utf8).randomElement(using: &random.generator)!
            default: bytes.insert([UInt8]("{}[]\",:\\ 0-.e".utf8).randomElement(using: &random.generator)!, at: random.int(0...bytes.count))
            }
            let data = Data(bytes)
            if let read = fast(UpdateItemInput.self, data) {
                #expect(read == (try? JSONDecoder().decode(UpdateItemInput.self, from: data)))
            }
        }
    }

    @Test func answersMeanWhatJSONEncoderWrites() throws {
        var random = RandomItems(seed: 6)
        for _ in 0..<300 {
            let write = WriteItemOutput(attributes: random.int(0...1) == 0 ? nil : random.item())
            #expect(try JSONDecoder().decode(WriteItemOutput.self, from: Data(try #require(write.fastJSON()))) == write)
            let get = GetItemOutput(item: random.int(0...1) == 0 ? nil : random.item())
            #expect(try JSONDecoder().decode(GetItemOutput.self, from: Data(try #require(get.fastJSON()))) == get)
            let page = ReadPageOutput(
                items: random.int(0...1) == 0 ? nil : (0..<random.int(0...5)).map { _ in random.item() },
                count: random.int(0...100), scannedCount: random.int(0...100),
                lastEvaluatedKey: random.int(0...1) == 0 ? nil : random.item())
            #expect(try JSONDecoder().decode(ReadPageOutput.self, from: Data(try #require(page.fastJSON()))) == page)
        }
        #expect(WriteItemOutput(attributes: nil).fastJSON() == Array("{}".utf8))
    }
}

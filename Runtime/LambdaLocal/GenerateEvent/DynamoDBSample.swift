import Foundation
import LambdaEvents
import SAMTemplate

/// `dynamodb update`: a stream batch whose records cycle through INSERT, MODIFY and REMOVE, with
/// both images, as a `NEW_AND_OLD_IMAGES` stream sends them.
struct DynamoDBSample {
    let table: String?
    let records: Int?

    /// Lambda's largest batch for a DynamoDB stream.
    static let maximumRecords = 10_000

    func event(_ place: SamplePlace) throws(LambdaLocalError) -> DynamoDBStreamEvent {
        let count = records ?? 3
        guard (1...Self.maximumRecords).contains(count) else {
            throw LambdaLocalError("--records must be from 1 to \(Self.maximumRecords), not \(count)")
        }
        let table = self.table ?? "ExampleTable"
        guard !table.isEmpty else { throw LambdaLocalError("--table must not be empty") }
        // The label every local table stream has, so the ARN equals the template's !GetAtt Table.StreamArn.
        let streamARN = place.arn("dynamodb", "table/\(table)/stream/\(ResolutionContext.localStreamLabel)")
        let names: [DynamoDBStreamEvent.EventName] = [.insert, .modify, .remove]
        return DynamoDBStreamEvent(records: (0..<count).map { index in
            let name = names[index % names.count]
            let id = AttributeValue.number(String(101 + index))
            let key: DynamoDBItem = ["Id": id]
            let before: DynamoDBItem = ["Id": id, "Message": .string("Original item \(101 + index)"), "Version": 1]
            let after: DynamoDBItem = ["Id": id, "Message": .string("Item \(101 + index)"), "Version": 2]
            let newImage = name == .remove ? nil : (name == .insert ? before : after)
            let oldImage = name == .modify ? before : (name == .remove ? after : nil)
            return DynamoDBStreamEvent.Record(
                eventID: UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased(),
                eventName: name,
                awsRegion: place.region,
                eventSourceARN: streamARN,
                dynamodb: DynamoDBStreamEvent.StreamRecord(
                    approximateCreationDateTime: place.second.timeIntervalSince1970,
                    keys: key,
                    newImage: newImage,
                    oldImage: oldImage,
                    sequenceNumber: "4000000000000" + String(format: "%08d", (index + 1) * 100),
                    sizeBytes: 26 + 30 * ((newImage == nil ? 0 : 1) + (oldImage == nil ? 0 : 1)),
                    streamViewType: .newAndOldImages))
        })
    }
}

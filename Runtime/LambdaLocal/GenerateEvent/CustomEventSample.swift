import Foundation
import LambdaEvents

/// `eventbridge custom-event`: an event an application put on a bus.
struct CustomEventSample {
    let source: String?
    let detailType: String?
    let detail: String?

    func event(_ place: SamplePlace) throws(LambdaLocalError) -> EventBridgeEvent<JSONValue> {
        let detailValue: JSONValue
        if let detail {
            let data = Data(detail.utf8)
            // Decoding into JSONValue recurses once per level; EventBridge would refuse it anyway.
            guard !JSONNesting.exceeds(in: data) else {
                throw LambdaLocalError("--detail nests arrays and objects more than \(JSONNesting.limit) levels deep")
            }
            do {
                // JSONSerialization first: its errors say where the JSON goes wrong.
                _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
                detailValue = try JSONDecoder().decode(JSONValue.self, from: data)
            } catch {
                throw LambdaLocalError("--detail is not valid JSON: \(JSONText.describe(error, in: data))")
            }
            // EventBridge refuses a PutEvents entry whose Detail is not a JSON object.
            guard detailValue.objectValue != nil else {
                throw LambdaLocalError("--detail must be a JSON object, such as {\"orderId\":\"42\"}")
            }
        } else {
            detailValue = ["key": "value"]
        }
        return EventBridgeEvent(
            id: UUID().uuidString.lowercased(),
            detailType: detailType ?? "Example Event",
            source: source ?? "com.example.app",
            account: place.account,
            time: place.second,
            region: place.region,
            resources: [],
            detail: detailValue)
    }
}

/// Why EventBridge refused one entry of a `PutEvents` call: reported in that entry's result,
/// while the other entries go through.
public struct EntryRejection: Error, Sendable, Hashable {
    /// `InvalidArgument`, `MalformedDetail` or `ResourceNotFoundException`.
    public var code: String
    /// What is wrong.
    public var message: String

    static func missing(_ parameter: String) -> EntryRejection {
        EntryRejection(
            code: "InvalidArgument",
            message: "Parameter \(parameter) is not valid. Reason: \(parameter) is a required argument.")
    }

    static let malformedDetail = EntryRejection(code: "MalformedDetail", message: "Detail is malformed.")

    static func deepDetail(limit: Int) -> EntryRejection {
        EntryRejection(
            code: "MalformedDetail",
            message: "Detail is malformed. Reason: it nests arrays and objects more than \(limit) levels deep.")
    }

    static func unknownBus(_ name: String) -> EntryRejection {
        EntryRejection(code: "ResourceNotFoundException", message: "Event bus \(name) does not exist.")
    }
}

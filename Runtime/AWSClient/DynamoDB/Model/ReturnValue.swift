/// Which attributes a write returns (`ReturnValues`).
public enum ReturnValue: String, Sendable, Hashable, Codable {
    /// Nothing (the default).
    case none = "NONE"
    /// The whole item as it was before the write.
    case allOld = "ALL_OLD"
    /// Only the updated attributes, as they were (UpdateItem only).
    case updatedOld = "UPDATED_OLD"
    /// The whole item as it is after the write (UpdateItem only).
    case allNew = "ALL_NEW"
    /// Only the updated attributes, as they are now (UpdateItem only).
    case updatedNew = "UPDATED_NEW"
}

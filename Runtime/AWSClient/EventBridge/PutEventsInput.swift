/// `{"Entries": [...]}`.
struct PutEventsInput: Encodable {
    let entries: [PutEventsEntry]

    private enum CodingKeys: String, CodingKey {
        case entries = "Entries"
    }
}

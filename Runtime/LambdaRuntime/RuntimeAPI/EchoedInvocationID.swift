/// The `Lambda-Runtime-Invocation-Id` of a `/next` answer, as the runtime sends it back on the
/// invocation's `/response` or `/error`.
///
/// Servers from before 2026 send none, and then nothing is echoed: the server checks the id only
/// when the runtime sends one.
enum EchoedInvocationID: Equatable {
    /// The server sent no id (or an empty one).
    case absent
    /// The id to echo.
    case echoed(String)
    /// The server sent an id that cannot go back as a header field as it came (a space, a control
    /// character or a byte outside ASCII). It is not echoed, so the answer is still taken; the loop logs why.
    case unusable(String)

    init(header: String?) {
        guard let header, !header.isEmpty else {
            self = .absent
            return
        }
        // Visible ASCII only: a control character could end the header line early, and spaces or
        // other bytes may be trimmed or mangled on the way back, so that the server would refuse a
        // good answer.
        let usable = header.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        self = usable ? .echoed(header) : .unusable(header)
    }

    /// The header field for the answer, or none.
    var headerField: (String, String)? {
        guard case .echoed(let id) = self else { return nil }
        return (RuntimeAPIHeader.invocationID, id)
    }
}

/// The delay a request asks for, checked against what the job function can wait.
public enum JobDelay {
    /// The delay in milliseconds, from the body's number or else the query's text.
    ///
    /// - Parameters:
    ///   - number: `delaySeconds` from the JSON body, when there was one.
    ///   - text: the `delaySeconds` query parameter, when there was one.
    ///   - maximumSeconds: the longest delay the job function can wait (its timeout less a margin).
    /// - Throws: ``JobRequestError`` when the delay is missing, not a number, negative or too long.
    public static func milliseconds(number: Double?, text: String?, maximumSeconds: Int) throws(JobRequestError) -> Int64 {
        let seconds: Double
        if let number {
            seconds = number
        } else if let text {
            guard let parsed = Double(text), parsed.isFinite else {
                throw JobRequestError("delaySeconds must be a number of seconds, got \"\(text.prefix(40))\"")
            }
            seconds = parsed
        } else {
            throw JobRequestError("delaySeconds is required")
        }
        guard seconds.isFinite else { throw JobRequestError("delaySeconds must be a number of seconds") }
        guard seconds >= 0 else { throw JobRequestError("delaySeconds must not be negative, got \(seconds)") }
        guard seconds <= Double(maximumSeconds) else {
            throw JobRequestError(
                "delaySeconds must be at most \(maximumSeconds) (the job function's timeout less a margin), got \(seconds)")
        }
        return Int64((seconds * 1_000).rounded())
    }
}

/// The delay a request asks for, checked against what the job function can wait.
public enum JobDelay {
    /// The delay in milliseconds, from the body's number or else the query's text.
    ///
    /// - Parameters:
    ///   - number: `delaySeconds` from the JSON body, when there was one.
    ///   - text: the `delaySeconds` query parameter, when there was one.
    ///   - maximumSeconds: the longest delay the job function can wait (its timeout less a margin).
    /// - Throws: ``JobRequestError`` when the delay is missing, not a number, not a whole number of
    ///   seconds, negative or too long.
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
        // A whole number of seconds is the value, not the way it is written: JSON has one number
        // type, so 1 and 1.0 (and the query's "1") are the same second, while 1.5 is refused rather
        // than rounded to a time nobody asked for. A JSON string ("1") in the body is refused by the
        // decoder as the wrong type: the body's fields are typed, the query string is text.
        guard seconds == seconds.rounded() else {
            throw JobRequestError("delaySeconds must be a whole number of seconds, got \(seconds)")
        }
        guard seconds >= 0 else { throw JobRequestError("delaySeconds must not be negative, got \(seconds)") }
        guard seconds <= Double(maximumSeconds) else {
            throw JobRequestError(
                "delaySeconds must be at most \(maximumSeconds) (the job function's timeout less a margin), got \(seconds)")
        }
        return Int64((seconds * 1_000).rounded())
    }
}

/// `X-Amz-Invocation-Type`.
enum InvocationType: String {
    /// Wait for the function and return its answer.
    case requestResponse = "RequestResponse"
    /// Queue the event, answer 202 at once, run it in the background with retries.
    case event = "Event"
    /// Check that the call would be accepted, answer 204, run nothing.
    case dryRun = "DryRun"
}

/// A function that takes a typed event and returns a typed result.
///
/// The runtime decodes each event from JSON into `Event` and encodes the returned `Output` as JSON.
/// An event that does not decode fails the invocation with ``EventDecodingError``; a thrown error
/// fails it with the error's type and description. Either way the loop goes on with the next event.
public protocol LambdaHandler {
    /// The event type, decoded from the invocation's JSON payload.
    associatedtype Event: Decodable
    /// The result type, encoded as the invocation's JSON response.
    associatedtype Output: Encodable

    /// Handles one invocation.
    func handle(_ event: Event, context: LambdaContext) async throws -> Output
}

/// JSON strings (RFC 8259) as bytes: reading one out of a document, writing one into a document.
///
/// The emulator reads and writes its busiest JSON (API Gateway events and answers, DynamoDB items)
/// with hand-written code rather than Foundation's coders; strings are the part of that code with
/// the most rules (escapes, surrogate pairs, UTF-8), so they are kept here, once.
public enum JSONString {}

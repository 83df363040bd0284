/// JSON strings (RFC 8259) as bytes: reading one out of a document, writing one into a document.
///
/// JSON read and written by hand rather than through Foundation's coders (the emulator's API
/// Gateway events and answers and its DynamoDB items, error reports and log lines) all go through
/// here for their strings, the part of JSON with the most rules: escapes, surrogate pairs, UTF-8.
public enum JSONString {}

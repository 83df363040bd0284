#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// Reading a function's answer: the JSON helpers both payload versions share.
enum ProxyAnswer {
    /// The answer as JSON; anything else (including bytes that are not UTF-8) is malformed.
    static func json(_ bytes: [UInt8]) throws(MalformedProxyResponse) -> JSONValue {
        do {
            return try JSONValueParser.parse(bytes)
        } catch {
            throw MalformedProxyResponse("the function's answer is not JSON")
        }
    }

    /// `statusCode`: a whole number from 100 to 599.
    static func statusCode(_ value: JSONValue?) throws(MalformedProxyResponse) -> Int {
        guard let value, !value.isNull else { throw MalformedProxyResponse("statusCode is missing") }
        guard let code = value.intValue else { throw MalformedProxyResponse("statusCode is not a whole number") }
        guard (100...599).contains(code) else { throw MalformedProxyResponse("statusCode \(code) is not an HTTP status") }
        return code
    }

    /// A header value: a string, or a number or boolean written as text; `nil` for `null`.
    static func headerText(_ value: JSONValue, name: String) throws(MalformedProxyResponse) -> String? {
        switch value {
        case .null: return nil
        case .string, .number, .bool: return ClaimText.text(value)
        case .array, .object: throw MalformedProxyResponse("the value of header \(name) is not a string")
        }
    }

    /// A map member that may be absent or `null`.
    static func object(_ value: JSONValue?, member: String) throws(MalformedProxyResponse) -> [String: JSONValue] {
        guard let value, !value.isNull else { return [:] }
        guard let object = value.objectValue else { throw MalformedProxyResponse("\(member) is not an object") }
        return object
    }

    /// `body` and `isBase64Encoded` together, as the bytes to send.
    static func body(_ body: JSONValue?, isBase64Encoded flag: JSONValue?) throws(MalformedProxyResponse) -> [UInt8] {
        let isBase64: Bool
        switch flag {
        case nil, .null?: isBase64 = false
        case .bool(let value)?: isBase64 = value
        default: throw MalformedProxyResponse("isBase64Encoded is not a boolean")
        }
        switch body {
        case nil, .null?:
            return []
        case .string(let text)?:
            guard isBase64 else { return Array(text.utf8) }
            // Line breaks are tolerated, as some encoders wrap base64 at 76 columns; nothing else is.
            let joined = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\r" && $0 != "\n" }))
            guard let data = Data(base64Encoded: joined) else {
                throw MalformedProxyResponse("isBase64Encoded is true but the body is not base64")
            }
            return Array(data)
        default:
            throw MalformedProxyResponse("body is not a string")
        }
    }

    /// Makes the headers safe to put on the wire: names and values with line breaks are dropped
    /// (they would split the response), and the framing headers the server owns are renamed the
    /// way API Gateway renames them.
    static func wireSafe(_ headers: [HTTPHeader]) -> [HTTPHeader] {
        headers.compactMap { header in
            // Scalars, not Characters: "\r\n" is a single Character and would slip past a Character test.
            let isControl: (Unicode.Scalar) -> Bool = { $0 == "\r" || $0 == "\n" || $0 == "\0" }
            let isSeparator: (Unicode.Scalar) -> Bool = { isControl($0) || $0 == ":" || $0 == " " || $0 == "\t" }
            guard !header.name.isEmpty, !header.name.unicodeScalars.contains(where: isSeparator),
                  !header.value.unicodeScalars.contains(where: isControl)
            else { return nil }
            switch header.name.lowercased() {
            case "content-length", "transfer-encoding", "connection":
                return HTTPHeader("X-Amzn-Remapped-\(header.name)", header.value)
            default:
                return header
            }
        }
    }
}

/// Which tenant ids a function takes, as Lambda's Invoke API checks them.
extension FunctionPoolConfiguration {
    /// Why an invocation for `tenantID` is refused, or `nil` when it may run: a function with tenant
    /// isolation needs a tenant id, one without refuses any, and an id is 1 to 256 characters of
    /// letters, digits, spaces and `._:/=+-@`.
    public func tenantRefusal(_ tenantID: String?) -> TenantRefusal? {
        guard isolatesTenants else {
            return tenantID == nil ? nil : .notIsolated(functionName)
        }
        guard let tenantID else { return .missing(functionName) }
        guard (1...256).contains(tenantID.count), tenantID.unicodeScalars.allSatisfy(Self.isTenantIDCharacter) else {
            return .malformed(tenantID)
        }
        return nil
    }

    private static func isTenantIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "_", ":", "/", "=", "+", "-", "@", " ": true
        default: false
        }
    }
}

/// A tenant id the function does not take, with the error Lambda answers.
public enum TenantRefusal: Error, Equatable, Sendable {
    /// The function isolates tenants and the invocation names none.
    case missing(String)
    /// The function does not isolate tenants and the invocation names one.
    case notIsolated(String)
    /// The id breaks the Invoke API's pattern for `TenantId`.
    case malformed(String)

    /// The error type: Lambda's `InvalidParameterValueException` for a tenant id where none belongs
    /// or none where one must, the service framework's `ValidationException` for a malformed one.
    public var errorType: String {
        if case .malformed = self { return "ValidationException" }
        return "InvalidParameterValueException"
    }

    /// What the error says.
    public var message: String {
        switch self {
        case .missing(let function):
            "Function \(function) has tenant isolation enabled: the invocation must specify a tenant ID (X-Amz-Tenant-Id)."
        case .notIsolated(let function):
            "Function \(function) does not have tenant isolation enabled: the invocation must not specify a tenant ID."
        case .malformed(let value):
            "1 validation error detected: Value '\(value)' at 'tenantId' failed to satisfy constraint: Member must have length between 1 and 256 and satisfy regular expression pattern: [a-zA-Z0-9\\._:\\/=+\\-@ ]+"
        }
    }

    /// The refusal as the function error an invocation reports.
    public var functionError: FunctionError {
        FunctionError(errorType: errorType, message: message)
    }
}

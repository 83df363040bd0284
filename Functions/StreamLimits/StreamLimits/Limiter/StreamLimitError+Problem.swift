import HTTPFunctionKit

extension StreamLimitError {
    /// The answer to a refused start or end: 403 for the limits themselves, as the original
    /// service answered; 409 when concurrent changes kept the request from going through.
    public var problem: APIProblem {
        switch self {
        case .limitReached, .streamNotActive, .nothingActive: .forbidden(description)
        case .contended: .conflict(description)
        }
    }
}

extension AWSError {
    /// An error code: AWS's (the part of `__type` after `#`) for service errors, or one of this
    /// module's for the other kinds. Open-ended, because services add codes; the common ones are
    /// named below.
    public struct Code: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// The code as AWS spells it, such as `ValidationException`.
        public let rawValue: String

        /// Creates a code from its text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// Creates a code from a string literal.
        public init(stringLiteral value: String) {
            self.rawValue = value
        }

        /// The code's text.
        public var description: String { rawValue }
    }
}

extension AWSError.Code {
    /// A condition expression was false. Never retried.
    public static let conditionalCheckFailed: Self = "ConditionalCheckFailedException"
    /// A transaction was cancelled; see ``AWSError/cancellationReasons``.
    public static let transactionCanceled: Self = "TransactionCanceledException"
    /// Another transaction is changing one of the items.
    public static let transactionConflict: Self = "TransactionConflictException"
    /// A transaction with the same client token is still running. Retried as throttling.
    public static let transactionInProgress: Self = "TransactionInProgressException"
    /// The request breaks the API's rules (bad expression, wrong key, item too large). Never retried.
    public static let validation: Self = "ValidationException"
    /// The table, index or event bus does not exist (or is not active yet).
    public static let resourceNotFound: Self = "ResourceNotFoundException"
    /// The table is being created, updated or deleted.
    public static let resourceInUse: Self = "ResourceInUseException"
    /// The table's provisioned throughput is exhausted. Retried.
    public static let provisionedThroughputExceeded: Self = "ProvisionedThroughputExceededException"
    /// The account's request rate is too high. Retried.
    public static let throttling: Self = "ThrottlingException"
    /// The account's request rate is too high for DynamoDB. Retried.
    public static let requestLimitExceeded: Self = "RequestLimitExceeded"
    /// The service failed. Retried.
    public static let internalServerError: Self = "InternalServerError"
    /// The credentials may not perform the action.
    public static let accessDenied: Self = "AccessDeniedException"
    /// The access key ID is not known to AWS.
    public static let unrecognizedClient: Self = "UnrecognizedClientException"
    /// The signature does not match the request.
    public static let invalidSignature: Self = "InvalidSignatureException"

    /// This module's: no HTTP answer arrived (see ``AWSError/connectionError``).
    public static let connectionFailed: Self = "ConnectionFailed"
    /// This module's: the answer could not be read.
    public static let invalidResponse: Self = "InvalidResponse"
    /// This module's: the answer's `x-amz-crc32` checksum does not match its body. Retried.
    public static let checksumMismatch: Self = "ChecksumMismatch"
    /// This module's: the request could not be encoded or breaks a documented limit.
    public static let invalidRequest: Self = "InvalidRequest"
    /// This module's: no credentials were configured.
    public static let missingCredentials: Self = "MissingCredentials"
    /// This module's: no region was configured.
    public static let missingRegion: Self = "MissingRegion"
    /// This module's: the region is not a region name.
    public static let invalidRegion: Self = "InvalidRegion"
    /// This module's: an endpoint variable is not an `http` or `https` URL.
    public static let invalidEndpoint: Self = "InvalidEndpoint"
}

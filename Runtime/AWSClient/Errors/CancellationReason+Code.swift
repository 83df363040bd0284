extension CancellationReason {
    /// A cancellation reason code. Open-ended; the documented ones are named.
    public struct Code: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// The code as DynamoDB spells it.
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

        /// The item was fine; another one cancelled the transaction.
        public static let none: Self = "None"
        /// The item's condition expression was false.
        public static let conditionalCheckFailed: Self = "ConditionalCheckFailed"
        /// Another transaction was changing the item.
        public static let transactionConflict: Self = "TransactionConflict"
        /// The item's request was invalid.
        public static let validationError: Self = "ValidationError"
        /// The item's table ran out of capacity.
        public static let provisionedThroughputExceeded: Self = "ProvisionedThroughputExceeded"
        /// The account's request rate was too high.
        public static let throttlingError: Self = "ThrottlingError"
        /// The item collection would exceed 10 GB.
        public static let itemCollectionSizeLimitExceeded: Self = "ItemCollectionSizeLimitExceeded"
    }
}

/// Why a pricing model could not value an option.
public struct PricingError: ReasonedError, Hashable {
    /// What went wrong, with the offending value.
    public enum Reason: InvalidInputReason, Sendable, Hashable, CustomStringConvertible {
        /// An input is outside what the model accepts.
        case invalidInput(InvalidInput)
        /// The model cannot price this contract (e.g. Black–Scholes and American exercise).
        case unsupported(String)
        /// The computation produced a value that is not finite.
        case nonFiniteResult(String)

        public var description: String {
            switch self {
            case let .invalidInput(input):
                input.description
            case let .unsupported(message):
                message
            case let .nonFiniteResult(message):
                "pricing produced a non-finite value: \(message)"
            }
        }
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }
}

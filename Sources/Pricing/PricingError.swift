/// Why a pricing model could not value an option.
public struct PricingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, with the offending value.
    public enum Reason: Sendable, Hashable {
        /// An input is outside what the model accepts.
        case invalidInput(name: String, value: Double, allowed: String)
        /// The model cannot price this contract (e.g. Black–Scholes and American exercise).
        case unsupported(String)
        /// The computation produced a value that is not finite.
        case nonFiniteResult(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case let .invalidInput(name, value, allowed):
            "\(name) must be \(allowed), got \(value)"
        case let .unsupported(message):
            message
        case let .nonFiniteResult(message):
            "pricing produced a non-finite value: \(message)"
        }
    }
}

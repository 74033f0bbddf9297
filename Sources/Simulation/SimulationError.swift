import Pricing

/// Why a simulation could not run.
public struct SimulationError: ReasonedError {
    /// What went wrong, with the offending values.
    public enum Reason: InvalidInputReason, Sendable, CustomStringConvertible {
        /// An input is outside what the simulation accepts.
        case invalidInput(InvalidInput)
        /// The pricing model failed at one point of the path.
        case pricingFailed(step: Int, time: Double, spot: Double, PricingError)

        public var description: String {
            switch self {
            case let .invalidInput(input):
                input.description
            case let .pricingFailed(step, time, spot, error):
                "pricing failed at step \(step) (t = \(time) years, S = \(spot)): \(error)"
            }
        }
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }
}

extension SimulationError {
    /// Throws ``Reason/invalidInput(_:)`` for `value` unless `ok`.
    public static func require(_ ok: Bool, _ name: String, _ value: Double, _ allowed: String) throws(SimulationError) {
        guard ok else { throw SimulationError(.invalidInput(name: name, value: value, allowed: allowed)) }
    }
}

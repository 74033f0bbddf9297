import Pricing

/// Why a simulation could not run.
public struct SimulationError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, with the offending values.
    public enum Reason: Sendable {
        /// An input is outside what the simulation accepts.
        case invalidInput(name: String, value: String, allowed: String)
        /// The pricing model failed at one point of the path.
        case pricingFailed(step: Int, time: Double, spot: Double, PricingError)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case let .invalidInput(name, value, allowed):
            "\(name) must be \(allowed), got \(value)"
        case let .pricingFailed(step, time, spot, error):
            "pricing failed at step \(step) (t = \(time) years, S = \(spot)): \(error)"
        }
    }
}

extension SimulationError {
    /// Throws ``Reason/invalidInput(name:value:allowed:)`` for `value` unless `ok`.
    public static func require(_ ok: Bool, _ name: String, _ value: Double, _ allowed: String) throws(SimulationError) {
        guard ok else { throw SimulationError(.invalidInput(name: name, value: "\(value)", allowed: allowed)) }
    }
}

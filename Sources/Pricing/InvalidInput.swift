/// An input outside what a computation accepts, named with the value given and what is allowed:
/// the one wording of "band must be a finite number of shares ≥ 0, got -1.0" for the errors of
/// Pricing and of the modules above it (``PricingError``, `SimulationError`).
public struct InvalidInput: Sendable, Hashable, CustomStringConvertible {
    /// The input as the caller knows it ("strike", "risk aversion").
    public var name: String
    /// The value given, as the message writes it.
    public var value: String
    /// What is allowed, a phrase ("a finite number > 0").
    public var allowed: String

    public init(name: String, value: String, allowed: String) {
        self.name = name
        self.value = value
        self.allowed = allowed
    }

    /// `value` written as Swift prints a `Double` ("-1.0", "nan", "inf").
    public init(name: String, value: Double, allowed: String) {
        self.init(name: name, value: "\(value)", allowed: allowed)
    }

    public var description: String {
        "\(name) must be \(allowed), got \(value)"
    }
}

/// A `Reason` of a module's error with a case for an input outside what the module accepts
/// (`case invalidInput(InvalidInput)`), which these builders fill from a name, a value and what
/// is allowed.
public protocol InvalidInputReason {
    /// The reason that `input` is outside what is accepted.
    static func invalidInput(_ input: InvalidInput) -> Self
}

extension InvalidInputReason {
    /// An input `name` outside what is accepted, `value` given and `allowed` allowed.
    public static func invalidInput(name: String, value: Double, allowed: String) -> Self {
        invalidInput(InvalidInput(name: name, value: value, allowed: allowed))
    }

    /// An input `name` outside what is accepted, `value` (as the message writes it) given and
    /// `allowed` allowed.
    public static func invalidInput(name: String, value: String, allowed: String) -> Self {
        invalidInput(InvalidInput(name: name, value: value, allowed: allowed))
    }
}

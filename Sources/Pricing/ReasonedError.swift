/// A module's one error type (STYLE.md): a struct around a `Reason` that says what went wrong
/// with the offending value, and whose description is its reason's.
public protocol ReasonedError: Error, Sendable, CustomStringConvertible {
    associatedtype Reason: Sendable, CustomStringConvertible
    /// What went wrong, with the offending value.
    var reason: Reason { get }
}

extension ReasonedError {
    public var description: String { reason.description }
}

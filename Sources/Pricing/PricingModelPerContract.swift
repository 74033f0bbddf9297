/// Several contracts' prepared models behind one ``PricingModel``: each contract is valued by
/// the model prepared for it, any other by `fallback` (a book's legs each have their
/// ``ValuationGrid``, and a path of the book asks for all of them).
public struct PricingModelPerContract: PricingModelRouting {
    /// The prepared model of each contract, in the order given; the first match is used.
    public var models: [(contract: OptionContract, model: any PricingModel)]
    /// The model of every contract not in ``models``.
    public var fallback: any PricingModel

    public init(_ models: [(contract: OptionContract, model: any PricingModel)], fallback: any PricingModel) {
        self.models = models
        self.fallback = fallback
    }

    /// The model that values `contract`.
    public func model(for contract: OptionContract) -> any PricingModel {
        models.first { $0.contract == contract }?.model ?? fallback
    }

    /// What ``fallback`` supports.
    public func supports(_ payoff: any Payoff, exercise: ExerciseStyle) -> Bool {
        fallback.supports(payoff, exercise: exercise)
    }
}

/// One model for European and one for American exercise behind one ``PricingModel``: a book
/// whose legs have both styles prices each leg with its own (the closed form for European
/// legs, the lattice for American ones), as a run of one option does.
public struct PricingModelByStyle: PricingModelRouting {
    public var european: any PricingModel
    public var american: any PricingModel

    public init(european: any PricingModel, american: any PricingModel) {
        self.european = european
        self.american = american
    }

    /// The model of `contract`'s exercise style.
    public func model(for contract: OptionContract) -> any PricingModel {
        contract.style == .european ? european : american
    }

    public func supports(_ payoff: any Payoff, exercise: ExerciseStyle) -> Bool {
        (exercise == .european ? european : american).supports(payoff, exercise: exercise)
    }

    public func prepared(for request: PricingPreparation) throws(PricingError) -> PreparedPricingModel {
        try model(for: request.contract).prepared(for: request)
    }

    public func preparedPremiumAndDelta(for request: PricingPreparation) throws(PricingError) -> PreparedPremiumAndDelta {
        try model(for: request.contract).preparedPremiumAndDelta(for: request)
    }
}

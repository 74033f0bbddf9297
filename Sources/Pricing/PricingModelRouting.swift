/// A ``PricingModel`` that hands each contract to the model chosen for it (``model(for:)``):
/// by exercise style (``PricingModelByStyle``) or by contract (``PricingModelPerContract``).
/// Every figure is the chosen model's own, so routing changes no number.
public protocol PricingModelRouting: PricingModel {
    /// The model that values `contract`.
    func model(for contract: OptionContract) -> any PricingModel
}

extension PricingModelRouting {
    public func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        try model(for: contract).price(of: contract, in: market)
    }

    public func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try model(for: contract).valuation(of: contract, in: market)
    }

    public func valuationAtFixedRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try model(for: contract).valuationAtFixedRate(of: contract, in: market)
    }

    public func exercisesEarly(_ contract: OptionContract, in market: Market, premium: Double) -> Bool {
        model(for: contract).exercisesEarly(contract, in: market, premium: premium)
    }
}

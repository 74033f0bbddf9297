import Simulation

extension HedgeAnalysis {
    /// Books the gap between the model's premium at the start, `modelPremium` (USD per share),
    /// and the market quote the hedge started at (``HedgeSimulation/modelPremiumAtStart``) as
    /// its own row of the P&L explain, ``ProfitAttribution/modelMarketGap``
    /// = m·(P_model(0) − quote), taken out of the first step's ``ProfitAttribution/unexplained``
    /// (the premium change it carries is no term of higher order the Greeks miss).
    public mutating func bookModelMarketGap(modelPremium: Double) {
        guard attribution.count > 1, let quote = simulation.valuedPath.valuations.first?.price else { return }
        let gap = simulation.scenario.position.multiplier * (modelPremium - quote)
        attribution[1].unexplained -= gap
        attribution[1].modelMarketGap += gap
        textbook = TextbookSummary(rows: simulation.textbook, attribution: attribution)
    }
}

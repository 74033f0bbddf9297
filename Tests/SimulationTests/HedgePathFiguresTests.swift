import Pricing
import Testing
@testable import Simulation

/// A path's figures summed as its dates are walked (``HedgeScenario/hedgeFigures(along:model:hedges:deltaModel:)``)
/// are the last bits of its ledgers (``HedgeScenario/hedge(along:model:threads:premiumAtStart:hedges:)``),
/// whether the option is exercised early or held, with traded options or without.
struct HedgePathFiguresTests {
    /// The course's put struck at 300 over 20 days: deep enough in the money that some seeds
    /// exercise it early, with every estimator.
    static var scenario: HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract = OptionContract(type: .put, style: .american, strike: 300, expiry: 20.0 / 365)
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        scenario.hedge.estimators = HedgeEstimator.allCases
        return scenario
    }

    static let model = BinomialLatticeModel(steps: 60)

    static func bits(_ figures: HedgePathFigures) -> [UInt64] {
        [figures.finalPnL.bitPattern] + figures.cumulativeResiduals.map(\.bitPattern) + figures.totalAbsResiduals.map(\.bitPattern)
            + figures.optionHedges.flatMap { [$0.finalPnL.bitPattern, $0.tradedValue.bitPattern] }
    }

    @Test(arguments: [false, true])
    func figuresAreTheLedgersLastBits(tradedOption: Bool) throws {
        var scenario = Self.scenario
        if tradedOption {
            scenario.hedge.tradedOptions = [TradedOption(contract: OptionContract(type: .call, style: .european, strike: 300, expiry: 30.0 / 365))]
        }
        var exercised = 0, held = 0
        for seed in UInt64(1)...24 {
            scenario.dynamics.seed = seed
            let path = scenario.pricePath()
            for hedges in [HedgeSelection.all, .textbookOnly] {
                let expected = HedgePathFigures(try scenario.hedge(along: path, model: Self.model, hedges: hedges))
                let figures = try scenario.hedgeFigures(along: path, model: Self.model, hedges: hedges)
                #expect(Self.bits(figures) == Self.bits(expected), "seed \(seed), \(hedges)")
                #expect(figures.exercised == expected.exercised)
                #expect(figures.cumulativeResiduals.count == (hedges == .all ? scenario.hedge.estimators.count : 0))
                #expect(figures.optionHedges.count == (hedges == .all && tradedOption ? 2 : 0))
            }
            if try scenario.hedgeFigures(along: path, model: Self.model).exercised { exercised += 1 } else { held += 1 }
        }
        #expect(exercised > 0 && held > 0, "exercised on \(exercised) paths, held on \(held): a branch went untested")
    }

    /// On the study's ``ValuationGrid``, read for the Greeks the figures use (``HedgeScenario/greeksRead(by:)``):
    /// Δ, Γ and Θ at a constant implied volatility, vega too when it moves (a span axis), the
    /// figures are still the last bits of the ledgers valued with every Greek.
    @Test(arguments: [false, true])
    func onAGridTheFiguresReadingFewerGreeksAreTheFullLedgersLastBits(noisyVolatility: Bool) throws {
        var scenario = Self.scenario
        if noisyVolatility { scenario.dynamics.volatilityModel = .noisy(spread: 0.05) }
        let request = PricingPreparation(
            contract: scenario.position.contract, market: scenario.market, times: scenario.hedge.schedule.times,
            volatilityRange: scenario.dynamics.volatilityModel.volatilityRange(initial: scenario.market.volatility), threads: 1
        ) { _ in 150...420 }
        let grid = try Self.model.prepared(for: request).model
        #expect(grid is ValuationGrid)
        #expect(scenario.greeksRead(by: .all) == (noisyVolatility ? [.delta, .gamma, .theta, .vega] : [.delta, .gamma, .theta]))
        var exercised = 0
        for seed in UInt64(1)...16 {
            scenario.dynamics.seed = seed
            let path = scenario.pricePath()
            let expected = HedgePathFigures(try scenario.hedge(along: path, model: grid, hedges: .all))
            let figures = try scenario.hedgeFigures(along: path, model: grid, hedges: .all)
            #expect(Self.bits(figures) == Self.bits(expected), "seed \(seed)")
            #expect(figures.exercised == expected.exercised)
            if figures.exercised { exercised += 1 }
        }
        #expect(exercised > 0, "no path exercised: the early stop went untested")
    }

    /// What the figures read: Δ alone for the textbook hedge on the calendar rule, what each
    /// estimator reads but ρ (and vega at a constant volatility), everything on another rule or
    /// with traded options.
    @Test func theFiguresReadOnlyTheGreeksTheirHedgesUse() {
        var scenario = Self.scenario
        #expect(scenario.greeksRead(by: .textbookOnly) == [.delta])
        scenario.hedge.estimators = [.exact]
        #expect(scenario.greeksRead(by: .all) == [.delta])
        scenario.hedge.estimators = [.delta, .deltaGamma]
        #expect(scenario.greeksRead(by: .all) == [.delta, .gamma])
        scenario.hedge.tradedOptions = [TradedOption(contract: OptionContract(type: .call, style: .european, strike: 300, expiry: 30.0 / 365))]
        #expect(scenario.greeksRead(by: .all) == .all)
        #expect(scenario.greeksRead(by: .textbookOnly) == [.delta])
        scenario.hedge.tradedOptions = []
        scenario.hedge.rebalancing = .band(shares: 5)
        #expect(scenario.greeksRead(by: .textbookOnly) == .all)
    }
}
